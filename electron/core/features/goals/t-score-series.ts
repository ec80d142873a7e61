import { gasTScore, type GasLevel } from '../../../../shared/goals/gas';
import type { GoalPlan, GoalRating, PlanVersion } from '../../../../shared/goals/goal-contract';

type Rater = GoalRating['rater'];

/** The version the client had agreed to on a given day; before any agreement, the first version. */
function versionInForce(versions: readonly PlanVersion[], day: string): PlanVersion | undefined {
  const agreed = versions
    .filter((v) => v.agreement && v.agreement.agreedOn <= day)
    .sort((a, b) => b.number - a.number);
  return agreed[0] ?? [...versions].sort((a, b) => a.number - b.number)[0];
}

/**
 * The plan's T-score on each day this rater gave a rating: every goal of the version in force that
 * day counts at its latest rating so far, or at its baseline until it is first rated; goals
 * discontinued by then are left out. Client and clinician ratings are never mixed.
 */
export function tScoreSeries(
  plan: Pick<GoalPlan, 'versions' | 'ratings' | 'statuses'>,
  rater: Rater,
): { date: string; t: number }[] {
  const ratings = plan.ratings.filter((r) => r.rater === rater);
  const days = [...new Set(ratings.map((r) => r.ratedOn))].sort();
  const points: { date: string; t: number }[] = [];
  for (const day of days) {
    const version = versionInForce(plan.versions, day);
    if (!version) continue;
    const terms = version.goals
      .filter((goal) => {
        const last = plan.statuses.filter((s) => s.goalKey === goal.goalKey && s.date <= day).at(-1);
        return last?.status !== 'discontinued';
      })
      .map((goal) => {
        const latest = ratings.filter((r) => r.goalKey === goal.goalKey && r.ratedOn <= day).at(-1);
        return { weight: goal.weight, level: (latest?.level ?? goal.baseline) as GasLevel };
      });
    const t = gasTScore(terms);
    if (t !== null) points.push({ date: day, t: Math.round(t * 10) / 10 });
  }
  return points;
}
