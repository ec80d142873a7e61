import { formatDate } from '../../../../shared/dates/format-date';
import type { SafetyPlanBlock } from '../../../../shared/summary/summary-document';
import { SafetyPlanLines } from '../../safety-plan/SafetyPlanLines';

/** The safety plan as agreed by the end of the period, with the day it was agreed; never a draft. */
export function SafetyPlanSection({ plan }: { plan: NonNullable<SafetyPlanBlock['plan']> }) {
  return (
    <>
      <p className="summary__note">
        Version {plan.number}, agreed with the client on {formatDate(plan.agreedOn)}. In the client’s own
        words.
      </p>
      {plan.sections.map((section) => (
        <div key={section.key}>
          <h3>{section.title}</h3>
          <SafetyPlanLines items={section.items} />
        </div>
      ))}
    </>
  );
}
