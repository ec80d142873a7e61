import type { SummaryDocumentData } from '../../../../shared/summary/summary-document';
import { formatDate } from '../../../../shared/dates/format-date';
import { UserText } from '../../ui/UserText';

type Entries = NonNullable<SummaryDocumentData['diagnoses']>['entries'];

/** Current diagnoses, the primary first, each with its code, official or recorded title, and since when. */
export function DiagnosesSection({ entries }: { entries: Entries }) {
  if (entries.length === 0) return <p className="summary__empty">No current diagnosis recorded.</p>;
  return (
    <ul className="summary-diagnoses">
      {entries.map((d) => (
        <li key={d.code}>
          <strong>{d.code}</strong> <UserText inline text={d.title} />
          <span className="summary-diagnoses__facts">
            {' '}
            ({d.rank}, {d.status}, since {formatDate(d.madeOn)})
          </span>
        </li>
      ))}
    </ul>
  );
}
