import { Link } from 'react-aria-components';
import type { Finding, IntegrityReport } from '../../../shared/integrity/integrity-contract';
import { useNavigate } from '../navigation/routes';
import { useOpenNote } from '../notes/use-open-note';
import { checkTitle, countWords, findingsByCheck } from './integrity-words';

/** The way from a finding to what it concerns: a note opens on its client's page, an entry in the trail. */
function RecordLink({ record }: { record: NonNullable<Finding['record']> }) {
  const navigate = useNavigate();
  const openNote = useOpenNote();
  if ((record.kind === 'note' || record.kind === 'addendum') && record.clientId) {
    const clientId = record.clientId;
    return (
      <Link className="integrity-link" onPress={() => openNote(clientId, record.id)}>
        Open this note
      </Link>
    );
  }
  const entry = Number(record.id);
  if (record.kind === 'audit-entry' && Number.isInteger(entry) && entry > 0) {
    return (
      <Link className="integrity-link" onPress={() => navigate({ page: 'audit', entryId: entry })}>
        Show entry {entry.toLocaleString()} in the audit trail
      </Link>
    );
  }
  return null;
}

/** What a check found, in words, under the part of the check that found it, each with a way to the record. */
export function Findings({ report }: { report: IntegrityReport }) {
  const groups = findingsByCheck(report.findings);
  return (
    <section className="panel" aria-labelledby="integrity-findings">
      <div className="panel__header">
        <h2 id="integrity-findings" className="integrity-panel-title">
          What the check found
        </h2>
        <p>
          Rapport did not make these changes: they reached the vault’s files from outside it. Each is named
          with the record it concerns.
        </p>
      </div>
      {groups.map((group) => (
        <section
          key={group.check}
          className="integrity-findings"
          aria-labelledby={`integrity-findings-${group.check}`}
        >
          <h3 id={`integrity-findings-${group.check}`} className="integrity-findings__title">
            {checkTitle(group.check)}{' '}
            <span className="integrity-findings__count">
              {countWords(group.findings.length, 'finding', 'findings')}
            </span>
          </h3>
          <ul className="integrity-findings__list">
            {group.findings.map((finding, index) => (
              <li key={index} className="integrity-finding">
                <p>{finding.message}</p>
                {finding.record && <RecordLink record={finding.record} />}
              </li>
            ))}
          </ul>
        </section>
      ))}
      {report.more > 0 && (
        <p className="muted">
          And {countWords(report.more, 'more finding', 'more findings')} not listed here: this many changes
          mean the whole vault should be restored from a backup.
        </p>
      )}
    </section>
  );
}
