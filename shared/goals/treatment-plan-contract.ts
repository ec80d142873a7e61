import { z } from 'zod';
import { calendarDate } from '../dates/calendar-date';
import { LONG, SHORT } from '../clients/intake-schema';

/**
 * What turns the goal plan into a treatment plan an auditor can read, without changing whose plan
 * it is: per goal, objectives in the clinician's framing and the interventions planned; per version,
 * how often the client is seen and who is involved. All of it is agreed with the version.
 */
const short = z.string().max(SHORT, 'Keep this under 500 characters.');
const long = z.string().max(LONG, 'Keep this under 20,000 characters.');
const filled = (message: string) => short.refine((s) => s.trim().length > 0, message);

export const gasLevel = z.union([z.literal(-2), z.literal(-1), z.literal(0), z.literal(1), z.literal(2)]);

/** Offered in the plan editor; the clinician adds their own in Settings. */
export const COMMON_MODALITIES = [
  'CBT',
  'ACT',
  'Person-centred',
  'EMDR',
  'DBT skills',
  'Psychodynamic',
  'Motivational interviewing',
  'Solution-focused',
  'Family / systemic',
] as const;

export const SESSION_FREQUENCIES = ['twice weekly', 'weekly', 'fortnightly', 'monthly', 'as needed'] as const;

export const OBJECTIVE_PROGRESS = ['not started', 'progressing', 'met', 'revised', 'discontinued'] as const;

export const OBJECTIVE_PROGRESS_LABELS: Record<(typeof OBJECTIVE_PROGRESS)[number], string> = {
  'not started': 'Not started',
  progressing: 'Progressing',
  met: 'Met',
  revised: 'Revised',
  discontinued: 'Discontinued',
};

export const modalityName = filled('Name the approach.').pipe(
  z.string().max(80, 'Keep this under 80 characters.'),
);

export const objectiveInput = z.strictObject({
  /** Carried from version to version, like a goal's key, so progress follows an objective. */
  objectiveKey: z.uuid('Unknown record.').optional(),
  text: filled('Describe what will be measurably different.'),
  /** The level of this goal's ladder that meeting the objective stands for, where one fits. */
  gasLevel: gasLevel.nullable().default(null),
});

export const interventionsInput = z.strictObject({
  modalities: z
    .array(modalityName)
    .max(20, 'Choose at most 20 approaches.')
    .refine((names) => new Set(names).size === names.length, 'An approach is listed twice.')
    .default([]),
  detail: long.default(''),
});

export const sessionPlanInput = z.strictObject({
  frequency: z.union([z.literal(''), z.enum(SESSION_FREQUENCIES)]).default(''),
  /** 0 when not set. */
  minutes: z
    .number('Enter the length in minutes.')
    .int('Use whole minutes.')
    .min(0, 'Use whole minutes.')
    .max(480, 'Sessions of more than 8 hours cannot be planned here.')
    .default(0),
  /** 0: until the plan is reviewed. */
  weeks: z
    .number('Enter the number of weeks.')
    .int('Use whole weeks.')
    .min(0, 'Use whole weeks.')
    .max(520, 'Plan at most ten years ahead.')
    .default(0),
});

export const involvedPerson = z.strictObject({
  name: filled('Give their name.'),
  role: filled('Say how they are involved (partner, parent, GP…).'),
});

export const objective = objectiveInput.extend({ objectiveKey: z.string() });

export const objectiveReview = z.object({
  id: z.number(),
  goalKey: z.string(),
  objectiveKey: z.string(),
  progress: z.enum(OBJECTIVE_PROGRESS),
  note: z.string(),
  reviewedOn: z.string(),
});

export const objectiveReviewInput = z.strictObject({
  clientId: z.uuid('Unknown record.'),
  reviewedOn: calendarDate,
  entries: z
    .array(
      z.strictObject({
        goalKey: z.uuid('Unknown record.'),
        objectiveKey: z.uuid('Unknown record.'),
        progress: z.enum(OBJECTIVE_PROGRESS, 'Choose how this objective is going.'),
        note: short.default(''),
      }),
    )
    .min(1, 'Record progress on at least one objective.')
    .max(200),
});

const modalities = z.object({ common: z.array(z.string()), custom: z.array(z.string()) });

export const modalityChannels = {
  'goals:modalities': {
    input: z.strictObject({}),
    output: modalities,
  },
  'goals:setModalities': {
    input: z.strictObject({
      custom: z
        .array(modalityName)
        .max(50, 'Keep at most 50 approaches of your own.')
        .refine((names) => new Set(names).size === names.length, 'An approach is listed twice.'),
    }),
    output: modalities,
  },
} as const;

export type ObjectiveProgress = (typeof OBJECTIVE_PROGRESS)[number];
export type Objective = z.output<typeof objective>;
export type ObjectiveReview = z.output<typeof objectiveReview>;
export type SessionPlan = z.output<typeof sessionPlanInput>;
export type InvolvedPerson = z.output<typeof involvedPerson>;
