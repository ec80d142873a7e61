import type { GoalPlan } from '../../../shared/goals/goal-contract';
import type { ObjectiveReview } from '../../../shared/goals/treatment-plan-contract';

/** The most recent review of one objective: by the day reviewed, then the order recorded. */
export function latestObjectiveReview(
  plan: GoalPlan,
  goalKey: string,
  objectiveKey: string,
): ObjectiveReview | undefined {
  return plan.objectiveReviews
    .filter((r) => r.goalKey === goalKey && r.objectiveKey === objectiveKey)
    .sort((a, b) => a.reviewedOn.localeCompare(b.reviewedOn) || a.id - b.id)
    .at(-1);
}
