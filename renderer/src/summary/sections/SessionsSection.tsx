import { MODALITY_LABELS } from '../../../../shared/notes/note-formats';
import { formatDate, formatShortDate, localDay } from '../../../../shared/dates/format-date';
import { formatClock } from '../../../../shared/dates/format-moment';
import { UserText } from '../../ui/UserText';
import type { SummarySession } from '../../../../shared/summary/summary-contract';
import './sessions-section.css';

const RUPTURE_LABELS = { withdrawal: 'Withdrawal rupture', confrontation: 'Confrontation rupture' } as const;
const RESOLVED_LABELS: Record<string, string> = {
  yes: 'resolved',
  partly: 'partly resolved',
  no: 'not resolved',
};

function time(session: SummarySession): string {
  if (!session.startTime) return '';
  const start = formatClock(session.startTime);
  return session.endTime ? `${start}–${formatClock(session.endTime)}` : start;
}

/** An addendum's signing time as a reader would write it: "6 December 2026, 14:05". */
function moment(signedAt: string): string {
  const at = new Date(signedAt);
  const clock = `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
  return `${formatDate(localDay(at))}, ${formatClock(clock)}`;
}

/** One row per session, oldest first; the header row repeats on every page the table runs onto. */
export function SessionsSection({ sessions }: { sessions: readonly SummarySession[] }) {
  if (sessions.length === 0) return <p className="summary__empty">No sessions in this period.</p>;
  return (
    <table className="summary__table sessions">
      <thead>
        <tr>
          <th scope="col" className="sessions__date">
            Date
          </th>
          <th scope="col" className="sessions__time">
            Time
          </th>
          <th scope="col" className="sessions__modality">
            Modality
          </th>
          <th scope="col">Summary</th>
        </tr>
      </thead>
      <tbody>
        {sessions.map((s) => (
          <tr key={s.id}>
            <td className="sessions__date">{formatShortDate(s.date)}</td>
            <td className="sessions__time">{time(s)}</td>
            <td className="sessions__modality">
              {MODALITY_LABELS[s.modality]}
              <span className="sessions__format">{s.format}</span>
            </td>
            <td>
              {s.signed ? (
                s.summary ? (
                  <UserText text={s.summary} />
                ) : (
                  <em>No summary written.</em>
                )
              ) : (
                <em className="sessions__unsigned">Note not yet signed; its content is not final.</em>
              )}
              {s.rupture !== 'none' && (
                <span className="sessions__tags">
                  <span className="summary__tag summary__tag--rupture">
                    {RUPTURE_LABELS[s.rupture]}
                    {RESOLVED_LABELS[s.resolved] ? `, ${RESOLVED_LABELS[s.resolved]}` : ''}
                  </span>
                </span>
              )}
              {s.signedAt && (
                <span className="sessions__signed">
                  Signed {formatDate(localDay(new Date(s.signedAt)))} · {s.fingerprint}
                </span>
              )}
              {s.addenda.map((a) => (
                <div className="sessions__addendum" key={a.signedAt + a.body}>
                  <span className="sessions__addendum-label">Addendum, signed {moment(a.signedAt)}</span>
                  <UserText text={a.body} />
                </div>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
