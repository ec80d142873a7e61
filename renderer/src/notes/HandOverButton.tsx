import { useState } from 'react';
import { HandOverDialog } from '../client-mode/HandOverDialog';
import { ActionButton } from '../ui/ActionButton';
import { requestNoteOpen } from './note-to-open';

/**
 * Hands the laptop to the client for this session's feedback, and any measures or documents the
 * clinician adds. What the editor holds is saved first; the clinician comes back to this note
 * when they leave client mode.
 */
export function HandOverButton({
  noteId,
  clientId,
  saveFirst,
}: {
  noteId: string;
  clientId: string;
  saveFirst: () => Promise<boolean>;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <ActionButton onPress={() => setOpen(true)}>Hand the laptop to the client…</ActionButton>
      <HandOverDialog
        clientId={clientId}
        noteId={noteId}
        isOpen={open}
        onClose={() => setOpen(false)}
        beforeStart={async () => {
          if (!(await saveFirst())) return false;
          requestNoteOpen(clientId, noteId);
          return true;
        }}
      />
    </>
  );
}
