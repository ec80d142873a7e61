import { OBJECTIVE_PROGRESS_LABELS } from '../goals/treatment-plan-contract';
import { sessionsWords } from '../goals/treatment-plan-words';
import { planInForce } from './select-goals';
import type { SummarySource } from './summary-contract';
import { byPeriodEnd, type Period } from './summary-period';

export interface TreatmentObjectiveBlock {
  text: string;
  /** The goal's ladder level meeting it stands for, if one was chosen. */
  gasLevel: number | null;
  /** Where it stood at the last review by the end of the period. */
  progress: { label: string; date: string; note: string } | null;
}

export interface TreatmentGoalBlock {
  number: number;
  clientWords: string;
  objectives: TreatmentObjectiveBlock[];
  modalities: string[];
  interventions: string;
}

/** What an auditor reads as the plan of treatment: how often, who, and per goal what will be measured and done. */
export interface TreatmentPlanBlock {
  versionNumber: number;
  sessions: string | null;
  involved: { name: string; role: string }[];
  goals: TreatmentGoalBlock[];
}

/** The treatment plan of the version in force at the end of the period; null when there is no plan. */
export function selectTreatmentPlan(source: SummarySource, period: Period): TreatmentPlanBlock | null {
  const version = planInForce(source.plan, period);
  if (!version) return null;
  const reviews = source.plan.objectiveReviews
    .filter((r) => byPeriodEnd(period, r.reviewedOn))
    .sort((a, b) => a.reviewedOn.localeCompare(b.reviewedOn) || a.id - b.id);
  return {
    versionNumber: version.number,
    sessions: sessionsWords(version.sessions),
    involved: version.involved.map(({ name, role }) => ({ name, role })),
    goals: version.goals.map((goal, index) => ({
      number: index + 1,
      clientWords: goal.clientWords,
      objectives: goal.objectives.map((objective) => {
        const last = reviews.findLast(
          (r) => r.goalKey === goal.goalKey && r.objectiveKey === objective.objectiveKey,
        );
        return {
          text: objective.text,
          gasLevel: objective.gasLevel,
          progress: last
            ? { label: OBJECTIVE_PROGRESS_LABELS[last.progress], date: last.reviewedOn, note: last.note }
            : null,
        };
      }),
      modalities: [...goal.interventions.modalities],
      interventions: goal.interventions.detail,
    })),
  };
}
