import { UserText } from '../../ui/UserText';
import type { Fact } from '../../../../shared/summary/summary-document';

/** Label and value pairs; values are the client's data and may be in any script or direction. */
export function FactList({ facts }: { facts: readonly Fact[] }) {
  if (facts.length === 0) return <p className="summary__empty">Nothing recorded.</p>;
  return (
    <dl className="summary__facts">
      {facts.map((fact) => (
        <div className="summary__fact" key={fact.label}>
          <dt>{fact.label}</dt>
          <dd>
            <UserText text={fact.value} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
