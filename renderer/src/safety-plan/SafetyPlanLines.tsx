import type { SafetyPlanItem } from '../../../shared/safety-plan/safety-plan-schema';
import { UserText } from '../ui/UserText';
import './safety-plan-lines.css';

/**
 * The lines of one part of a safety plan, as the client wrote them: each in its own script and
 * direction, and a phone number beside a name always left to right, whatever the name's script.
 */
export function SafetyPlanLines({ items }: { items: readonly SafetyPlanItem[] }) {
  return (
    <ul className="safety-lines">
      {items.map((item, i) => (
        <li key={i} className="safety-lines__item">
          <UserText inline text={item.text} />
          {item.phone && (
            <>
              {' '}
              <bdi className="safety-lines__phone" dir="ltr">
                {item.phone}
              </bdi>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
