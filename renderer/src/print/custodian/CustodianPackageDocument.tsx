import type { CustodianPackageDocumentData } from '../../../../shared/custodian/custodian-package';
import { OPEN_WITHOUT_RAPPORT } from '../../../../shared/custodian/open-without-rapport';
import { formatDate } from '../../../../shared/dates/format-date';
import { formatMoment } from '../../../../shared/dates/format-moment';
import '../../theme/fonts';
import { CustodianContactList } from './CustodianContactList';
import { CustodianDuties } from './CustodianDuties';
import './custodian-package-document.css';

function Detail({ term, value }: { term: string; value: string }) {
  if (!value) return null;
  return (
    <>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </>
  );
}

/**
 * The custodian package as printed: everything a colleague needs to take over the records if the
 * clinician dies or is incapacitated. The contact list and the recovery key appear only when given.
 */
export function CustodianPackageDocument({ data }: { data: CustodianPackageDocumentData }) {
  const { custodian, clinician, vault } = data;
  const who = clinician.name || clinician.practice || 'The clinician';
  return (
    <article className="custodian-package" lang="en">
      <h1>Records custodian package</h1>
      <p className="custodian-package__lead">
        {who} has arranged with {custodian.name} to look after their clinical records if they die or can no
        longer practise. This document says where the records are, how to open them, and what to do for the
        clients. Printed on {formatDate(data.printedOn)}.
      </p>

      <section>
        <h2>The custodian</h2>
        <dl className="custodian-package__details">
          <Detail term="Name" value={custodian.name} />
          <Detail term="Role" value={custodian.role} />
          <Detail term="Phone" value={custodian.phone} />
          <Detail term="Email" value={custodian.email} />
          <Detail term="Address" value={custodian.address} />
        </dl>
        {custodian.instructions && (
          <>
            <h3>Instructions from {who}</h3>
            <p className="custodian-package__instructions">{custodian.instructions}</p>
          </>
        )}
      </section>

      <section>
        <h2>The clinician</h2>
        <dl className="custodian-package__details">
          <Detail term="Name" value={clinician.name} />
          <Detail term="Practice" value={clinician.practice} />
          <Detail term="Phone" value={clinician.phone} />
          <Detail term="Email" value={clinician.email} />
          <Detail term="Address" value={clinician.address} />
        </dl>
      </section>

      <section>
        <h2>Where the records are</h2>
        <p>
          The records are in one encrypted vault, a folder on the clinician’s computer, made by Rapport. Each
          backup is a complete copy of that folder and opens the same way: if the computer is lost, use the
          newest backup.
        </p>
        <dl className="custodian-package__details custodian-package__paths">
          <Detail term="Vault id" value={vault.id} />
          <Detail term="Vault folder" value={vault.folder} />
          <Detail term="Backups" value={vault.backupsFolder} />
          <Detail term="Second backup folder" value={vault.secondBackupsFolder ?? 'None set'} />
          <Detail
            term="Newest backup"
            value={vault.lastBackupAt ? formatMoment(vault.lastBackupAt) : 'None made yet'}
          />
        </dl>
        <p>
          Backup folders are named rapport-backup- and the time they were made. Every copy holds the same
          vault id.
        </p>
      </section>

      <section>
        <h2>Opening the records with Rapport</h2>
        <ol className="custodian-package__steps">
          <li>Install the latest version of Rapport on a computer of your own.</li>
          <li>
            Copy the vault folder (or the newest backup folder) into Rapport’s vault folder on that computer:
            ~/.config/Rapport/vault on Linux, ~/Library/Application Support/Rapport/vault on macOS,
            %APPDATA%\Rapport\vault on Windows.
          </li>
          <li>
            Start Rapport and choose to open the vault as the records custodian, with the recovery key. It
            opens read-only: you can read and print records and the client contact list, but nothing can be
            changed or signed, and the audit trail records each of your actions as the custodian’s.
          </li>
        </ol>
        {data.recoveryKey === null && (
          <p>
            The recovery key is not in this package. {who} keeps it apart from it (in the emergency kit
            Rapport printed when the vault was made); ask where it is kept.
          </p>
        )}
      </section>

      <section>
        <h2>Opening the records without Rapport</h2>
        <p>
          The vault is a standard SQLCipher 4 database, readable with the recovery key and the official tool.
        </p>
        <ol className="custodian-package__steps">
          {OPEN_WITHOUT_RAPPORT.map((step, index) => (
            <li key={index}>
              {step.map((part, at) =>
                typeof part === 'string' ? (
                  <p key={at}>{part}</p>
                ) : (
                  <pre key={at} className="custodian-package__code">
                    {part.join('\n')}
                  </pre>
                ),
              )}
            </li>
          ))}
        </ol>
      </section>

      <CustodianDuties who={who} retention={data.retention} />

      {data.contacts && <CustodianContactList contacts={data.contacts} />}

      {data.recoveryKey !== null && (
        <section className="custodian-package__key">
          <h2>The recovery key</h2>
          <p>
            With this key and a copy of the vault, anyone can read every record. Keep this page as safe as the
            records themselves.
          </p>
          <p className="custodian-package__key-value">{data.recoveryKey}</p>
        </section>
      )}
    </article>
  );
}
