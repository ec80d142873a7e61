import type { GasLevel } from '../../../shared/goals/gas';
import type { GoalPlan, GoalRating, PlanVersion } from '../../../shared/goals/goal-contract';

export type Rater = GoalRating['rater'];
export type GoalStatusEvent = GoalPlan['statuses'][number];

/** The plan as it stands: its newest version, which is the one being written if there is a draft. */
export function latestVersion(plan: GoalPlan): PlanVersion | undefined {
  return plan.versions.reduce<PlanVersion | undefined>(
    (newest, v) => (!newest || v.number > newest.number ? v : newest),
    undefined,
  );
}

/** The newest version the client agreed to, which may be older than the latest while a revision is written. */
export function latestAgreedVersion(plan: GoalPlan): PlanVersion | undefined {
  return plan.versions
    .filter((v) => v.agreement)
    .reduce<PlanVersion | undefined>(
      (newest, v) => (!newest || v.number > newest.number ? v : newest),
      undefined,
    );
}

/** A goal's ratings by one rater, oldest first (by the day rated, then the order they were recorded). */
export function ratingsOf(plan: GoalPlan, goalKey: string, rater?: Rater): GoalRating[] {
  return plan.ratings
    .filter((r) => r.goalKey === goalKey && (!rater || r.rater === rater))
    .sort((a, b) => a.ratedOn.localeCompare(b.ratedOn) || a.id - b.id);
}

export function latestRating(plan: GoalPlan, goalKey: string, rater: Rater): GoalRating | undefined {
  return ratingsOf(plan, goalKey, rater).at(-1);
}

/** The goal's status now: the last change recorded, or active when there has been none. */
export function currentStatus(plan: GoalPlan, goalKey: string): GoalStatusEvent | null {
  return (
    plan.statuses
      .filter((s) => s.goalKey === goalKey)
      .sort((a, b) => a.date.localeCompare(b.date))
      .at(-1) ?? null
  );
}

export function isClosed(status: GoalStatusEvent | null): boolean {
  return status !== null && status.status !== 'active';
}

/** The plan's latest T-score by each rater, as the main side computed it. */
export function currentTScores(plan: GoalPlan): Record<Rater, { date: string; t: number } | null> {
  return { client: plan.tScores.client.at(-1) ?? null, clinician: plan.tScores.clinician.at(-1) ?? null };
}

/** The chart data of one goal: both raters' ratings, in date order. */
export function ratingPoints(
  plan: GoalPlan,
  goalKey: string,
): { date: string; level: GasLevel; rater: Rater }[] {
  return ratingsOf(plan, goalKey).map((r) => ({ date: r.ratedOn, level: r.level, rater: r.rater }));
}
