import { useState } from 'react';
import { useStartClientMode } from '../client-mode/client-mode-queries';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { requestNoteOpen } from './note-to-open';

/**
 * Hands the laptop to the client for this session's feedback. What the editor holds is saved
 * first; the clinician comes back to this note when they leave client mode.
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
  const start = useStartClientMode();
  const [problem, setProblem] = useState<string | null>(null);
  const handOver = async () => {
    setProblem(null);
    if (!(await saveFirst())) {
      setProblem('The note could not be saved, so the laptop was not handed over.');
      return;
    }
    requestNoteOpen(clientId, noteId);
    start.mutate({ noteId, clientId }, { onError: (error) => setProblem(error.message) });
  };
  return (
    <div className="stack--tight">
      <ActionButton onPress={() => void handOver()} isPending={start.isPending} pendingLabel="Handing over…">
        Hand the laptop to the client
      </ActionButton>
      {problem && <Alert tone="error">{problem}</Alert>}
    </div>
  );
}
