import { MODALITY_LABELS } from '../../../../shared/notes/note-formats';
import { RUPTURE_KIND_LABELS, RUPTURE_OUTCOME_LABELS } from '../../../../shared/notes/rupture-lists';
import { formatDate, formatShortDate, localDay } from '../../../../shared/dates/format-date';
import { formatClock } from '../../../../shared/dates/format-moment';
import { UserText } from '../../ui/UserText';
import type { SummarySession } from '../../../../shared/summary/summary-contract';
import './sessions-section.css';

/** One rupture as a record reads it: "Withdrawal rupture (short answers; …). Tried: …. Partly resolved." */
function ruptureRecord(r: SummarySession['ruptures'][number]): string {
  const kind = r.kind === 'both' ? 'Withdrawal and confrontation' : RUPTURE_KIND_LABELS[r.kind];
  const markers = r.markers.length ? ` (${r.markers.map((m) => m.toLowerCase()).join('; ')})` : '';
  const repairs = r.repairs.length ? ` Tried: ${r.repairs.map((m) => m.toLowerCase()).join('; ')}.` : '';
  const outcome = r.outcome ? ` ${RUPTURE_OUTCOME_LABELS[r.outcome]}.` : ' Outcome not recorded.';
  return `${kind} rupture${markers}.${repairs}${outcome}`;
}

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
              {s.ruptures.length > 0 && (
                <span className="sessions__tags">
                  {s.ruptures.map((r, i) => (
                    <span className="summary__tag summary__tag--rupture" key={i}>
                      {ruptureRecord(r)}
                    </span>
                  ))}
                </span>
              )}
              {s.signedAt && (
                <span className="sessions__signed">
                  {/* One piece of text, not four: a tagged PDF holds a node for each. */}
                  {`Signed ${formatDate(localDay(new Date(s.signedAt)))} · ${s.fingerprint}`}
                </span>
              )}
              {s.addenda.map((a) => (
                <div className="sessions__addendum" key={a.signedAt + a.body}>
                  <span className="sessions__addendum-label">{`Addendum, signed ${moment(a.signedAt)}`}</span>
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
