import type { SafetyPlanVersion } from '../safety-plan/safety-plan-schema';
import { SAFETY_PLAN_SECTIONS } from '../safety-plan/safety-plan-sections';
import type { SafetyPlanBlock } from './summary-document';
import type { Period } from './summary-period';

/**
 * The safety plan as it stood at the end of the period: the newest version agreed by then, with
 * only the sections that hold something. A draft is never printed as the client's plan.
 */
export function selectSafetyPlan(agreed: readonly SafetyPlanVersion[], period: Period): SafetyPlanBlock {
  const version = agreed.find((v) => v.agreement && (!period.to || v.agreement.agreedOn <= period.to));
  if (!version?.agreement) return { plan: null };
  return {
    plan: {
      number: version.number,
      agreedOn: version.agreement.agreedOn,
      sections: SAFETY_PLAN_SECTIONS.filter((s) => version.sections[s.key].length > 0).map((s) => ({
        key: s.key,
        title: s.title,
        items: version.sections[s.key],
      })),
    },
  };
}
