import { useState } from 'react';
import { Alert } from '../ui/Alert';
import { DraftEditor } from './DraftEditor';
import { useNote } from './notes-queries';
import { SignedNoteView } from './SignedNoteView';

/**
 * Opens one note: the editor while it is a draft, the locked view once it is signed. A draft signed
 * elsewhere while open stays in its editor, which then keeps the unsaved text on screen and offers
 * the signed note (its conflict alert), rather than vanishing under a fresh read.
 */
export function NoteEditor({ noteId, autoFocus = false }: { noteId: string; autoFocus?: boolean }) {
  const note = useNote(noteId);
  const [generation, setGeneration] = useState(0);
  const [showSigned, setShowSigned] = useState<boolean | null>(null);
  // A note signed here moves focus to its signed view, so a keyboard user is not left on nothing.
  const [justSigned, setJustSigned] = useState(false);
  if (note.data && showSigned === null) setShowSigned(Boolean(note.data.signedAt));

  if (note.isPending) return <p className="muted">Opening the note…</p>;
  if (note.isError) return <Alert tone="error">{note.error.message}</Alert>;
  if (note.data.signedAt && showSigned) return <SignedNoteView note={note.data} focusOnOpen={justSigned} />;
  return (
    <DraftEditor
      key={generation}
      note={note.data}
      autoFocus={autoFocus && generation === 0}
      onSigned={() => {
        setJustSigned(true);
        setShowSigned(true);
      }}
      onOpenStored={() => {
        void note.refetch().then((fresh) => {
          if (fresh.data?.signedAt) setShowSigned(true);
          setGeneration((g) => g + 1);
        });
      }}
    />
  );
}
