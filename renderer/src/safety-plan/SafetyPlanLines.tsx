import type { SafetyPlanItem } from '../../../shared/safety-plan/safety-plan-schema';
import { paragraphDirection } from '../../../shared/text/paragraph-direction';
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
        // The bullet sits where the line starts: on the right of a line in Arabic or Hebrew.
        <li key={i} className="safety-lines__item" dir={paragraphDirection(item.text)}>
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
