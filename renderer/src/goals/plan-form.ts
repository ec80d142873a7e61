import type { z } from 'zod';
import { channels } from '../../../shared/contract';
import type { GasLevel } from '../../../shared/goals/gas';
import type { Goal, PlanVersion } from '../../../shared/goals/goal-contract';
import type { InvolvedPerson, SessionPlan } from '../../../shared/goals/treatment-plan-contract';

/** The plan editor checks exactly what the main side will: the contract's schema, without the ids it adds. */
export const planFormSchema = channels['goals:saveVersion'].input.omit({ clientId: true, versionId: true });

export type PlanFormInput = z.input<typeof planFormSchema>;
export type PlanFormOutput = z.output<typeof planFormSchema>;

/** Every field of a goal, filled, so each control always has a value. */
export interface GoalFormValues {
  goalKey?: string;
  clientWords: string;
  clinicianFraming: string;
  whyItMatters: string;
  linkedConcern: string;
  strengths: string;
  steps: { text: string; who: Goal['steps'][number]['who'] }[];
  targetDate: string;
  weight: number;
  levels: Record<'-2' | '-1' | '0' | '1' | '2', string>;
  baseline: GasLevel;
  objectives: { objectiveKey?: string; text: string; gasLevel: GasLevel | null }[];
  interventions: { modalities: string[]; detail: string };
}

export interface PlanFormValues {
  reviewDate: string;
  sessions: SessionPlan;
  involved: InvolvedPerson[];
  goals: GoalFormValues[];
}

export function emptyGoal(): GoalFormValues {
  return {
    clientWords: '',
    clinicianFraming: '',
    whyItMatters: '',
    linkedConcern: '',
    strengths: '',
    steps: [],
    targetDate: '',
    weight: 1,
    levels: { '-2': '', '-1': '', '0': '', '1': '', '2': '' },
    baseline: -1,
    objectives: [],
    interventions: { modalities: [], detail: '' },
  };
}

/** A version's goals as editor values; each keeps its key so a revision carries its ratings on. */
export function valuesFromVersion(version: PlanVersion | undefined): PlanFormValues {
  if (!version) {
    return {
      reviewDate: '',
      sessions: { frequency: '', minutes: 0, weeks: 0 },
      involved: [],
      goals: [emptyGoal()],
    };
  }
  return {
    reviewDate: version.reviewDate,
    sessions: { ...version.sessions },
    involved: version.involved.map((p) => ({ ...p })),
    goals: version.goals.map((goal) => ({
      goalKey: goal.goalKey,
      clientWords: goal.clientWords,
      clinicianFraming: goal.clinicianFraming,
      whyItMatters: goal.whyItMatters,
      linkedConcern: goal.linkedConcern,
      strengths: goal.strengths,
      steps: goal.steps.map((s) => ({ ...s })),
      targetDate: goal.targetDate,
      weight: goal.weight,
      levels: { ...goal.levels },
      baseline: goal.baseline,
      objectives: goal.objectives.map((o) => ({ ...o })),
      interventions: { modalities: [...goal.interventions.modalities], detail: goal.interventions.detail },
    })),
  };
}
