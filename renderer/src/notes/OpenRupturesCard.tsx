import { useId } from 'react';
import { formatShortDate } from '../../../shared/dates/format-date';
import { firstName } from '../../../shared/text/first-name';
import { Alert } from '../ui/Alert';
import { useOpenRuptures } from './notes-queries';
import { useOpenNote } from './use-open-note';
import { UserText } from '../ui/UserText';

const SHOWN = 5;
const OPEN_LABEL = {
  '': 'repair not recorded',
  partly: 'partly repaired',
  unresolved: 'not repaired',
  unclear: 'repair unclear',
} as const;

/**
 * For Home: clients whose latest rupture is not fully repaired, most recent first, each opening the
 * note where it was recorded. First names only, like the rest of Home.
 */
export function OpenRupturesCard() {
  const headingId = useId();
  const ruptures = useOpenRuptures();
  const openNote = useOpenNote();
  const rows = ruptures.data ?? [];
  return (
    <section className="panel" aria-labelledby={headingId}>
      <div className="panel__header">
        <h2 id={headingId}>Ruptures to repair</h2>
        {ruptures.data && (
          <p>{rows.length === 0 ? 'No unresolved ruptures.' : 'Latest rupture not yet fully repaired.'}</p>
        )}
      </div>
      {ruptures.isPending && <p className="muted">Loading…</p>}
      {ruptures.isError && <Alert tone="error">{ruptures.error.message}</Alert>}
      {rows.length > 0 && (
        <ul className="home-list">
          {rows.slice(0, SHOWN).map((row) => (
            <li key={row.noteId}>
              <button
                type="button"
                className="home-list__item"
                onClick={() => openNote(row.clientId, row.noteId)}
              >
                <UserText inline text={firstName(row.chosenName)} />
                <span className="home-list__amount">
                  {formatShortDate(row.sessionDate)}
                  {row.ruptures > 1 ? ` · ${row.ruptures} ruptures` : ''} · {OPEN_LABEL[row.open]}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {rows.length > SHOWN && <p className="muted">and {rows.length - SHOWN} more.</p>}
    </section>
  );
}
