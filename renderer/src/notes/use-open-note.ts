import { useNavigate } from '../navigation/routes';
import { requestNoteOpen } from './note-to-open';

/** Opens one note in its client's notes tab, from anywhere in the app. */
export function useOpenNote(): (clientId: string, noteId: string) => void {
  const navigate = useNavigate();
  return (clientId, noteId) => {
    requestNoteOpen(clientId, noteId);
    navigate({ page: 'client', clientId, tab: 'notes' });
  };
}
