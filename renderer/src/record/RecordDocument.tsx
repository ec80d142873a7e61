import { formatDate } from '../../../shared/dates/format-date';
import type { RecordDocumentData } from '../../../shared/record/record-document';
import { Letterhead } from '../pdf-export/Letterhead';
import { ScriptLanguagesContext } from '../ui/script-languages';
import { UserText } from '../ui/UserText';
import { RecordNoteBlock } from './RecordNoteBlock';
import '../theme/fonts';
import './record-document.css';

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** What the printout holds, in a sentence the recipient can check against the pages. */
function contents(data: RecordDocumentData): string {
  const notes = count(data.notes.length, 'progress note', 'progress notes');
  if (data.scope === 'note') return `One progress note, of ${formatDate(data.period.from)}`;
  const range = `${formatDate(data.period.from)} to ${formatDate(data.period.to)}`;
  return data.scope === 'all' ? `The whole chart: ${notes}, ${range}` : `${notes}, ${range}`;
}

function draftsLine(data: RecordDocumentData): string {
  if (data.drafts === 0) return 'None: every note printed is signed.';
  return `${count(data.drafts, 'unsigned note is', 'unsigned notes are')} included, each marked DRAFT.`;
}

function processLine(data: RecordDocumentData): string {
  if (data.processNoteDays.length === 0) return 'None included.';
  return `Included by the clinician’s choice for the session${data.processNoteDays.length === 1 ? '' : 's'} of ${data.processNoteDays.map(formatDate).join(', ')}.`;
}

/**
 * The record printout: a cover page (what it holds, for whom, by whom, when), then every note in
 * full, oldest first, and a closing signature block. One component for both printers.
 */
export function RecordDocument({ data }: { data: RecordDocumentData }) {
  const { practice, client } = data;
  const preparedBy = [practice.clinicianName, practice.credentials].filter(Boolean).join(', ');
  const rows: [string, React.ReactNode][] = [
    ['Client', <UserText inline text={client.name} key="name" />],
    ...(client.legalName && client.legalName !== client.name
      ? ([['Legal name', <UserText inline text={client.legalName} key="legal" />]] as [
          string,
          React.ReactNode,
        ][])
      : []),
    ...(client.dateOfBirth
      ? ([['Date of birth', formatDate(client.dateOfBirth)]] as [string, string][])
      : []),
    ['Contains', contents(data)],
    ['Drafts', draftsLine(data)],
    ['Psychotherapy notes', processLine(data)],
    ['Prepared for', <UserText text={data.recipient} key="for" />],
    ['Purpose', <UserText text={data.purpose} key="purpose" />],
    ['Prepared by', preparedBy ? <UserText inline text={preparedBy} key="by" /> : 'The signatory below'],
    ['Date', formatDate(data.preparedOn)],
  ];
  return (
    <ScriptLanguagesContext value={data.scriptLanguages}>
      <article className="record" lang="en">
        <section className="record__cover" aria-label="Cover page">
          <Letterhead practice={practice} licence whenEmpty="nothing" />
          <p className="record__kicker">Copy of the clinical record</p>
          <h1>Progress notes</h1>
          <dl className="record__cover-facts">
            {rows.map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          <p className="record__cover-note">
            Each note is printed in full as it stands in the record, with its addenda in the order they were
            signed. The fingerprint beside a signature can be compared with the record to show the note has
            not changed since. This document is confidential.
          </p>
        </section>
        {data.notes.map((note) => (
          <RecordNoteBlock key={note.id} note={note} />
        ))}
        <footer className="record__closing">
          <p>End of the copy: {count(data.notes.length, 'note', 'notes')}.</p>
          <div className="record__sign">
            <span className="record__sign-line" aria-hidden="true" />
            {preparedBy ? (
              <UserText inline text={preparedBy} />
            ) : (
              <span>Prepared by (name and credentials)</span>
            )}
            {practice.licenceNumber && <span>Licence {practice.licenceNumber}</span>}
            <span>Dated {formatDate(data.preparedOn)}</span>
          </div>
        </footer>
      </article>
    </ScriptLanguagesContext>
  );
}
