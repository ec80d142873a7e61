import { z } from 'zod';
import { calendarDate } from '../dates/calendar-date';
import { LONG, SHORT } from '../clients/intake-schema';
import { agreeInput, agreement } from '../agreement/agreement-contract';
import {
  gasLevel as level,
  interventionsInput,
  involvedPerson,
  objective,
  objectiveInput,
  objectiveReview,
  objectiveReviewInput,
  sessionPlanInput,
} from './treatment-plan-contract';

const id = z.uuid('Unknown record.');
const short = z.string().max(SHORT, 'Keep this under 500 characters.');
const long = z.string().max(LONG, 'Keep this under 20,000 characters.');
const optionalDate = z.union([z.literal(''), calendarDate]).default('');

export const STEP_OWNERS = ['client', 'clinician', 'together', 'someone else'] as const;
export const GOAL_STATUSES = ['active', 'achieved', 'discontinued'] as const;
export const RATERS = ['client', 'clinician'] as const;

export const goalInput = z.strictObject({
  /** Carried from version to version so ratings follow a goal through its revisions. */
  goalKey: id.optional(),
  clientWords: long.refine((s) => s.trim().length > 0, 'Write the goal in the client’s words.'),
  clinicianFraming: long.default(''),
  whyItMatters: long.default(''),
  linkedConcern: long.default(''),
  strengths: long.default(''),
  steps: z
    .array(
      z.strictObject({
        text: short.refine((s) => s.trim().length > 0, 'Describe the step.'),
        who: z.enum(STEP_OWNERS),
      }),
    )
    .max(30)
    .default([]),
  targetDate: optionalDate,
  weight: z.number().int().min(1, 'Weights run from 1 to 3.').max(3, 'Weights run from 1 to 3.').default(1),
  levels: z.strictObject({
    '-2': long.refine((s) => s.trim().length > 0, 'Describe this level.'),
    '-1': long.refine((s) => s.trim().length > 0, 'Describe this level.'),
    '0': long.refine((s) => s.trim().length > 0, 'Describe the expected outcome.'),
    '1': long.refine((s) => s.trim().length > 0, 'Describe this level.'),
    '2': long.refine((s) => s.trim().length > 0, 'Describe this level.'),
  }),
  baseline: level.default(-1),
  objectives: z.array(objectiveInput).max(20, 'Keep to at most 20 objectives for a goal.').default([]),
  interventions: interventionsInput.default({ modalities: [], detail: '' }),
});

export const goal = goalInput.extend({
  id: z.string(),
  goalKey: z.string(),
  position: z.number(),
  objectives: z.array(objective),
});

export const planVersion = z.object({
  id: z.string(),
  number: z.number(),
  createdAt: z.string(),
  reviewDate: z.string(),
  agreement: agreement.nullable(),
  sessions: sessionPlanInput,
  involved: z.array(involvedPerson),
  goals: z.array(goal),
});

export const rating = z.object({
  id: z.number(),
  goalKey: z.string(),
  rater: z.enum(RATERS),
  level,
  ratedOn: z.string(),
  comment: z.string(),
  noteId: z.string().nullable(),
});

export const goalStatus = z.object({
  goalKey: z.string(),
  status: z.enum(GOAL_STATUSES),
  reason: z.string(),
  date: z.string(),
});

export const tScorePoint = z.object({ date: z.string(), t: z.number() });

export const goalPlan = z.object({
  clientId: z.string(),
  versions: z.array(planVersion),
  ratings: z.array(rating),
  statuses: z.array(goalStatus),
  objectiveReviews: z.array(objectiveReview),
  tScores: z.object({ client: z.array(tScorePoint), clinician: z.array(tScorePoint) }),
});

export const goalChannels = {
  'goals:get': { input: z.strictObject({ clientId: id }), output: goalPlan },
  'goals:saveVersion': {
    input: z.strictObject({
      clientId: id,
      /** The draft version being edited; omitted to start a new version. */
      versionId: id.optional(),
      reviewDate: optionalDate,
      sessions: sessionPlanInput.default({ frequency: '', minutes: 0, weeks: 0 }),
      /** Besides the client, who always is. */
      involved: z.array(involvedPerson).max(20, 'List at most 20 people.').default([]),
      goals: z.array(goalInput).min(1, 'Add at least one goal.').max(20),
    }),
    output: goalPlan,
  },
  'goals:agree': { input: agreeInput, output: goalPlan },
  'goals:rate': {
    input: z.strictObject({
      clientId: id,
      goalKey: id,
      rater: z.enum(RATERS),
      level,
      ratedOn: calendarDate,
      comment: long.default(''),
    }),
    output: goalPlan,
  },
  'goals:setStatus': {
    input: z
      .strictObject({
        clientId: id,
        goalKey: id,
        status: z.enum(GOAL_STATUSES),
        date: calendarDate,
        reason: long.default(''),
      })
      .superRefine((v, ctx) => {
        if (v.status === 'discontinued' && !v.reason.trim()) {
          ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Say why the goal was discontinued.' });
        }
      }),
    output: goalPlan,
  },
  /** Progress on each objective at a review, kept beside the GAS ratings; append-only. */
  'goals:reviewObjectives': { input: objectiveReviewInput, output: goalPlan },
  'goals:reviewsDue': {
    input: z.strictObject({ within: z.number().int().min(0).max(90).default(7) }),
    output: z.array(z.object({ clientId: z.string(), chosenName: z.string(), reviewDate: z.string() })),
  },
} as const;

export type GoalInput = z.input<typeof goalInput>;
export type Goal = z.output<typeof goal>;
export type PlanVersion = z.output<typeof planVersion>;
export type GoalRating = z.output<typeof rating>;
export type GoalPlan = z.output<typeof goalPlan>;
