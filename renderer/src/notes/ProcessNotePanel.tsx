import { useId, useState } from 'react';
import type { Note } from '../../../shared/notes/note-contract';
import { call } from '../bridge/call';
import { Icon } from '../ui/Icon';
import { SaveIndicator } from '../ui/SaveIndicator';
import { Autosaver } from '../../../shared/autosave/autosaver';
import { useAutosaver, useSaveStatus } from '../autosave/use-autosaver';
import { trackSave } from './pending-saves';
import './process-note.css';

/** The process note's own autosave: it has no versions to conflict, so it is simply saved as typed. */
function processNoteSaver(noteId: string, initial: string) {
  let body = initial;
  const saver = new Autosaver<string>({
    read: () => body,
    save: async (text) => {
      await call('notes:saveProcessNote', { noteId, body: text });
    },
    isConflict: () => false,
    describe: (error) => (error instanceof Error ? error.message : 'The process note could not be saved.'),
  });
  return {
    saver,
    write(next: string) {
      body = next;
      saver.change();
    },
  };
}

/**
 * The clinician's private process note (psychotherapy notes, in HIPAA's terms): kept apart from the
 * progress note, never searched, never in a summary or export. It stays editable after the progress
 * note is signed, since it is not part of the record.
 */
export function ProcessNotePanel({ note }: { note: Note }) {
  const headingId = useId();
  const fieldId = useId();
  const [body, setBody] = useState(note.processNote?.body ?? '');
  const [{ saver, write }] = useState(() => processNoteSaver(note.id, body));
  useAutosaver(saver, (save) => trackSave(note.id, save));
  const status = useSaveStatus(saver);

  return (
    <section className="process-note" aria-labelledby={headingId}>
      <header className="process-note__header">
        <h3 id={headingId} className="process-note__title">
          <Icon name="lock" size={18} />
          Private process note
        </h3>
        <SaveIndicator status={status} testId="process-note-save-state" />
      </header>
      <p className="process-note__explain" id={`${fieldId}-explain`}>
        Only for you: your own reflections, kept apart from the progress note. Never searched, and never in a
        summary or export.
      </p>
      <label className="visually-hidden" htmlFor={fieldId}>
        Private process note
      </label>
      <textarea
        id={fieldId}
        className="process-note__input"
        dir="auto"
        value={body}
        maxLength={20_000}
        aria-describedby={`${fieldId}-explain`}
        onChange={(event) => {
          setBody(event.target.value);
          write(event.target.value);
        }}
        onBlur={() => void saver.flush()}
      />
      {status.kind === 'failed' && (
        <p className="process-note__error" role="alert">
          Not saved: {status.message}
        </p>
      )}
    </section>
  );
}
