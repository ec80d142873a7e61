import type { Note } from '../../../shared/notes/note-contract';
import { CollapsiblePanel } from '../ui/CollapsiblePanel';
import { RiskReviewsPanel } from './RiskReviewsPanel';
import { useNoteRiskReviews } from './risk-queries';

/**
 * A session's risk reviews beside its note. They follow the note: they can change while it is a
 * draft and are sealed by its signature; one added to a signed note, like an addendum, is sealed at once.
 */
export function NoteRiskPanel({ note }: { note: Note }) {
  const reviews = useNoteRiskReviews(note.id);
  const count = reviews.data?.length ?? 0;
  return (
    <CollapsiblePanel
      title="Risk review"
      summary={count === 0 ? 'None recorded' : `${count} recorded`}
      defaultExpanded={count > 0}
    >
      <RiskReviewsPanel
        clientId={note.clientId}
        source={{ kind: 'note', noteId: note.id }}
        reviews={reviews.data}
        error={reviews.error}
        reviewedOn={note.sessionDate}
        intro={
          note.signedAt
            ? 'This note is signed: a review recorded now is added to it and sealed at once.'
            : 'Record a review when risk was asked about in this session. It is sealed when the note is signed.'
        }
      />
    </CollapsiblePanel>
  );
}
