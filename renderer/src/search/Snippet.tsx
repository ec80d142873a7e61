import type { SearchHit } from '../../../shared/notes/note-contract';
import { paragraphDirection } from '../../../shared/text/paragraph-direction';

/**
 * The passage that matched, with the matching words marked. Built from plain text pieces: the
 * note's text is never parsed as markup, whatever it contains. It reads in the direction of most of
 * its letters, as UserText does.
 */
export function Snippet({ pieces }: { pieces: SearchHit['snippet'] }) {
  return (
    <span className="snippet" dir={paragraphDirection(pieces.map((piece) => piece.text).join(''))}>
      {pieces.map((piece, i) =>
        piece.match ? <mark key={i}>{piece.text}</mark> : <span key={i}>{piece.text}</span>,
      )}
    </span>
  );
}
