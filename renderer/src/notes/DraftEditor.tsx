import { memo, useCallback, useState } from 'react';
import type { Note, NoteContent } from '../../../shared/notes/note-contract';
import { useSaveStatus } from '../autosave/use-autosaver';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { SaveIndicator } from '../ui/SaveIndicator';
import { ChecklistPanel } from './ChecklistPanel';
import { ConflictAlert } from './ConflictAlert';
import { useDraft } from './draft-store';
import { FeedbackPanel } from './FeedbackPanel';
import { FormatPicker } from './FormatPicker';
import { KeyboardShortcutsButton } from './KeyboardShortcutsButton';
import { NoteBody } from './NoteBody';
import { sessionTitle } from './note-dates';
import { useSignNote } from './notes-queries';
import { ProcessNotePanel } from './ProcessNotePanel';
import { RupturePanel } from './RupturePanel';
import { SignDialog } from './SignDialog';
import { useCtrlShortcut } from './use-ctrl-shortcut';
import { SessionFields } from './SessionFields';
import { ShortcutButton } from './ShortcutButton';
import { useNoteSession, type NoteSession } from './use-note-session';
import { NoteRiskPanel } from '../risk/NoteRiskPanel';

function Title({ session, id }: { session: NoteSession; id: string }) {
  const date = useDraft(
    session.store,
    useCallback((c: NoteContent) => c.sessionDate, []),
  );
  return (
    <h2 className="note-editor__title" id={id}>
      {sessionTitle(date)}
    </h2>
  );
}

/** Shown only when saving went wrong; it alone follows the save state, not the whole editor. */
function SaveProblem({
  session,
  onRetry,
  onOpenStored,
}: {
  session: NoteSession;
  onRetry: () => void;
  onOpenStored: () => void;
}) {
  const status = useSaveStatus(session.saver);
  if (status.kind === 'conflict')
    return <ConflictAlert session={session} message={status.message} onOpenStored={onOpenStored} />;
  if (status.kind !== 'failed') return null;
  return (
    <Alert tone="error">
      <p>
        <strong>Not saved.</strong> {status.message} Your text is still here.
      </p>
      <div className="button-row">
        <ActionButton onPress={onRetry}>Try again</ActionButton>
      </div>
    </Alert>
  );
}

function Footer({
  session,
  announcement,
  onSave,
  onSign,
}: {
  session: NoteSession;
  announcement: string;
  onSave: () => void;
  onSign: () => void;
}) {
  const status = useSaveStatus(session.saver);
  return (
    <footer className="note-editor__foot">
      <SaveIndicator status={status} testId="note-save-state" />
      <span className="visually-hidden" role="status">
        {announcement}
      </span>
      <div className="note-editor__actions">
        <ShortcutButton shortcut="S" onPress={onSave}>
          Save now
        </ShortcutButton>
        <ShortcutButton
          shortcut="Enter"
          variant="primary"
          icon="lock"
          onPress={onSign}
          isDisabled={status.kind === 'conflict'}
        >
          Sign note
        </ShortcutButton>
      </div>
    </footer>
  );
}

/** The note and its panels: rendered once, then each part follows only its own slice of the draft. */
const EditorColumns = memo(function EditorColumns({
  session,
  note,
  autoFocus,
}: {
  session: NoteSession;
  note: Note;
  autoFocus: boolean;
}) {
  const flushOnBlur = useCallback(() => void session.saver.flush(), [session]);
  const saveFirst = useCallback(() => session.saver.flush(), [session]);
  return (
    <div className="note-editor__columns">
      <div className="note-editor__main">
        <SessionFields store={session.store} />
        <FormatPicker store={session.store} />
        <NoteBody store={session.store} clientId={note.clientId} onBlur={flushOnBlur} autoFocus={autoFocus} />
      </div>
      <div className="note-editor__side" role="group" aria-label="Feedback, ruptures and risk">
        <FeedbackPanel
          store={session.store}
          onBlur={flushOnBlur}
          noteId={note.id}
          clientId={note.clientId}
          saveFirst={saveFirst}
        />
        <RupturePanel store={session.store} onBlur={flushOnBlur} />
        <NoteRiskPanel note={note} />
      </div>
      <div className="note-editor__private">
        <ProcessNotePanel note={note} />
      </div>
      <div className="note-editor__checklist">
        <ChecklistPanel store={session.store} items={note.checklist} />
      </div>
    </div>
  );
});

interface DraftEditorProps {
  note: Note;
  /** Puts the cursor in the note's first section (a note just started). */
  autoFocus: boolean;
  onSigned: () => void;
  /** Drops what is in the editor and opens the stored version (after a conflict). */
  onOpenStored: () => void;
}

/**
 * A draft note being written: the note on the left, the checklist, feedback and rupture panels on
 * the right, saved as it is typed. Ctrl/Cmd+S saves at once and says so; Ctrl/Cmd+Enter asks to sign.
 */
export function DraftEditor({ note, autoFocus, onSigned, onOpenStored }: DraftEditorProps) {
  const session = useNoteSession(note);
  const sign = useSignNote();
  const [signing, setSigning] = useState(false);
  const [signError, setSignError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const saveNow = async () => {
    setAnnouncement('');
    const saved = await session.saver.flush();
    setAnnouncement(saved ? 'Note saved.' : 'The note could not be saved.');
  };
  const askToSign = () => {
    if (session.saver.getStatus().kind === 'conflict') return;
    setSignError(null);
    setSigning(true);
  };
  const confirmSign = async () => {
    setSignError(null);
    if (!(await session.saver.flush())) {
      setSignError('The latest changes could not be saved, so the note was not signed.');
      return;
    }
    sign.mutate(note.id, { onSuccess: onSigned, onError: (error) => setSignError(error.message) });
  };
  useCtrlShortcut('s', () => void saveNow());
  useCtrlShortcut('Enter', askToSign, !signing);

  return (
    <article className="note-editor" aria-labelledby={`note-${note.id}-title`}>
      <header className="note-editor__head">
        <Title session={session} id={`note-${note.id}-title`} />
        <span className="note-chip note-chip--draft">Draft</span>
        <KeyboardShortcutsButton />
      </header>
      <SaveProblem session={session} onRetry={() => void saveNow()} onOpenStored={onOpenStored} />
      <EditorColumns session={session} note={note} autoFocus={autoFocus} />
      <Footer
        session={session}
        announcement={announcement}
        onSave={() => void saveNow()}
        onSign={askToSign}
      />
      {signing && (
        <SignDialog
          isOpen
          content={session.store.get()}
          isSigning={sign.isPending}
          error={signError}
          onSign={() => void confirmSign()}
          onClose={() => setSigning(false)}
        />
      )}
    </article>
  );
}
