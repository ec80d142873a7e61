import type { SearchHit } from '../../../shared/notes/note-contract';

/**
 * The passage that matched, with the matching words marked. Built from plain text pieces: the
 * note's text is never parsed as markup, whatever it contains.
 */
export function Snippet({ pieces }: { pieces: SearchHit['snippet'] }) {
  return (
    <span className="snippet" dir="auto">
      {pieces.map((piece, i) =>
        piece.match ? <mark key={i}>{piece.text}</mark> : <span key={i}>{piece.text}</span>,
      )}
    </span>
  );
}
