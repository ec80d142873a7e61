import { useNoteAmendments } from './amendment-queries';
import { AmendmentDetails } from './AmendmentDetails';
import './amendments.css';

/** Under a signed note: every request to amend it, so a reader sees a denial with both statements. */
export function NoteAmendments({ noteId }: { noteId: string }) {
  const requests = useNoteAmendments(noteId);
  if (!requests.data || requests.data.length === 0) return null;
  return (
    <section className="note-amendments" aria-label="Amendment requests about this note">
      {requests.data.map((request) => (
        <div key={request.id} className="amendment">
          <AmendmentDetails request={request} />
        </div>
      ))}
    </section>
  );
}
