import { isolated } from '../text/isolated';
import { GAS_LEVELS, type GasLevel } from '../goals/gas';
import type { GoalPlan, PlanVersion } from '../goals/goal-contract';
import type { SummarySource } from './summary-contract';
import type { ChartsBlock, GoalBlock, GoalsBlock, RatingPoint, TPoint } from './summary-document';
import { byPeriodEnd, inPeriod, type Period } from './summary-period';

const STATUS_LABELS = { active: 'Active', achieved: 'Achieved', discontinued: 'Discontinued' } as const;
const METHOD_LABELS = { verbal: 'verbally', typed: 'by typed name', drawn: 'by signature' } as const;

/**
 * The plan as it stood when the period closed: the latest version agreed by then, or, when none
 * was agreed yet, the latest version written by then.
 */
export function planInForce(plan: GoalPlan, period: Period): PlanVersion | null {
  const newestFirst = [...plan.versions].sort((a, b) => b.number - a.number);
  const agreed = newestFirst.find((v) => v.agreement && byPeriodEnd(period, v.agreement.agreedOn));
  return agreed ?? newestFirst.find((v) => byPeriodEnd(period, v.createdAt)) ?? null;
}

function ratingsOf(plan: GoalPlan, goalKey: string, period: Period): RatingPoint[] {
  return plan.ratings
    .filter((r) => r.goalKey === goalKey && inPeriod(period, r.ratedOn))
    .map((r) => ({ date: r.ratedOn, level: r.level as GasLevel, rater: r.rater }))
    .sort((a, b) => a.date.localeCompare(b.date));
}

function lastOf<T>(items: readonly T[]): T | null {
  return items.at(-1) ?? null;
}

export function goalLabel(number: number, clientWords: string): string {
  const words = clientWords.replace(/\s+/g, ' ').trim();
  const short = words.length > 90 ? `${words.slice(0, 88).replace(/\s+\S*$/, '')}…` : words;
  return `Goal ${number}: ${isolated(short)}`;
}

function tScoresInPeriod(plan: GoalPlan, period: Period): ChartsBlock['tScores'] {
  const keep = (points: TPoint[]) => points.filter((p) => inPeriod(period, p.date));
  return { client: keep(plan.tScores.client), clinician: keep(plan.tScores.clinician) };
}

export function selectGoals(source: SummarySource, period: Period): GoalsBlock {
  const version = planInForce(source.plan, period);
  const tScores = tScoresInPeriod(source.plan, period);
  const goals: GoalBlock[] = (version?.goals ?? []).map((goal, index) => {
    const ratings = ratingsOf(source.plan, goal.goalKey, period);
    const status = lastOf(
      source.plan.statuses.filter((s) => s.goalKey === goal.goalKey && byPeriodEnd(period, s.date)),
    );
    return {
      key: goal.goalKey,
      number: index + 1,
      clientWords: goal.clientWords,
      clinicianFraming: goal.clinicianFraming,
      whyItMatters: goal.whyItMatters,
      weight: goal.weight,
      targetDate: goal.targetDate,
      baseline: goal.baseline as GasLevel,
      levels: [...GAS_LEVELS]
        .reverse()
        .map((level) => ({ level, text: goal.levels[String(level) as keyof typeof goal.levels] })),
      latest: {
        client: lastOf(ratings.filter((r) => r.rater === 'client')),
        clinician: lastOf(ratings.filter((r) => r.rater === 'clinician')),
      },
      status: status
        ? { label: STATUS_LABELS[status.status], date: status.date, reason: status.reason }
        : null,
      steps: goal.steps.map((s) => ({ text: s.text, who: s.who })),
    };
  });
  // Overdue as of the summary's end: its period's last day, or the day it is made.
  const asOf = period.to || source.generatedOn;
  return {
    plan: version
      ? {
          number: version.number,
          agreedOn: version.agreement?.agreedOn ?? '',
          method: version.agreement ? METHOD_LABELS[version.agreement.method] : '',
          reviewDate: version.reviewDate,
          reviewOverdue: Boolean(version.reviewDate) && version.reviewDate < asOf,
        }
      : null,
    tScore: { client: lastOf(tScores.client), clinician: lastOf(tScores.clinician) },
    goals,
    activeGoals: goals.filter((g) => g.status === null || g.status.label === STATUS_LABELS.active).length,
  };
}

export function selectCharts(source: SummarySource, period: Period): ChartsBlock {
  const version = planInForce(source.plan, period);
  return {
    tScores: tScoresInPeriod(source.plan, period),
    goals: (version?.goals ?? []).map((goal, index) => ({
      key: goal.goalKey,
      label: goalLabel(index + 1, goal.clientWords),
      baseline: goal.baseline as GasLevel,
      ratings: ratingsOf(source.plan, goal.goalKey, period),
    })),
    alliance: source.alliance
      .filter((p) => inPeriod(period, p.date))
      .map(({ date, checklist, feedback, feedbackForm, drop, ruptures, ruptureKind, ruptureOpen }) => ({
        date,
        checklist,
        feedback,
        feedbackForm,
        drop,
        ruptures,
        ruptureKind,
        ruptureOpen,
      })),
  };
}
