import { useId } from 'react';
import { formatShortDate } from '../../../shared/dates/format-date';
import { firstName } from '../../../shared/text/first-name';
import { Alert } from '../ui/Alert';
import { useUnsignedNotes } from './notes-queries';
import { useOpenNote } from './use-open-note';
import { UserText } from '../ui/UserText';

const SHOWN = 5;

/**
 * For Home: notes still waiting for a signature, oldest session first, each opening its note. First
 * names only, like the rest of Home. Styled by Home's list (home.css), where it is shown.
 */
export function UnsignedNotesCard() {
  const headingId = useId();
  const unsigned = useUnsignedNotes();
  const openNote = useOpenNote();
  const notes = unsigned.data ?? [];
  return (
    <section className="panel" aria-labelledby={headingId}>
      <div className="panel__header">
        <h2 id={headingId}>Notes to sign</h2>
        {unsigned.data && (
          <p>
            {notes.length === 0
              ? 'Every note is signed.'
              : notes.length === 1
                ? '1 note is still a draft.'
                : `${notes.length} notes are still drafts.`}
          </p>
        )}
      </div>
      {unsigned.isPending && <p className="muted">Loading…</p>}
      {unsigned.isError && <Alert tone="error">{unsigned.error.message}</Alert>}
      {notes.length > 0 && (
        <ul className="home-list">
          {notes.slice(0, SHOWN).map((note) => (
            <li key={note.noteId}>
              <button
                type="button"
                className="home-list__item"
                onClick={() => openNote(note.clientId, note.noteId)}
              >
                <UserText inline text={firstName(note.chosenName)} />
                <span className="home-list__amount">{formatShortDate(note.sessionDate)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {notes.length > SHOWN && <p className="muted">and {notes.length - SHOWN} more.</p>}
    </section>
  );
}
