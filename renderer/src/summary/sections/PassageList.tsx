import type { Passage } from '../../../../shared/summary/summary-document';
import { UserText } from '../../ui/UserText';

/**
 * Longer answers, each under its prompt, keeping the lines as typed. The prompt is a heading one
 * level below whatever the list sits under, so the outline of the document stays in order.
 */
export function PassageList({ passages, level = 3 }: { passages: readonly Passage[]; level?: 3 | 4 }) {
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <div className="summary__passages">
      {passages.map((p) => (
        <div className="summary__passage" key={p.label}>
          <Heading className="summary__passage-label">{p.label}</Heading>
          <UserText text={p.text} />
        </div>
      ))}
    </div>
  );
}
