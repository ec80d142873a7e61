import { z } from 'zod';
import { calendarDate } from '../dates/calendar-date';
import { CADENCES } from './measure-due';
import { INSTRUMENT_IDS } from './registry';

const id = z.uuid('Unknown record.');
const instrumentId = z.enum(INSTRUMENT_IDS, 'Choose one of the measures Rapport has.');

export const COMPLETED_BY = ['client', 'clinician'] as const;
export type CompletedBy = (typeof COMPLETED_BY)[number];
export const COMPLETED_BY_LABELS: Record<CompletedBy, string> = {
  client: 'The client, on their own',
  clinician: 'The clinician, with the client',
};

export const measureEntry = z.object({
  id: z.string(),
  clientId: z.string(),
  instrumentId: z.string(),
  instrumentVersion: z.string(),
  answers: z.array(z.number()),
  total: z.number(),
  band: z.string(),
  /** The instrument's risk item (PHQ-9 item 9) was answered above zero. */
  riskRaised: z.boolean(),
  /** Raised and no risk review recorded on or after the day it was completed. */
  riskOpen: z.boolean(),
  completedOn: z.string(),
  completedBy: z.enum(COMPLETED_BY),
  recordedAt: z.string(),
  recordedBy: z.string(),
  noteId: z.string().nullable(),
  /** The entry this one corrects, and why. */
  supersedesId: z.string().nullable(),
  correctionReason: z.string().nullable(),
  /** Set when a later entry corrects this one: it stays in the record but no longer counts. */
  supersededBy: z.string().nullable(),
});
export type MeasureEntry = z.output<typeof measureEntry>;

export const measureSchedule = z.object({
  clientId: z.string(),
  instrumentId: z.string(),
  cadence: z.enum(CADENCES),
  startOn: z.string(),
  active: z.boolean(),
});
export type MeasureSchedule = z.output<typeof measureSchedule>;

export const measureDue = z.object({
  clientId: z.string(),
  chosenName: z.string(),
  instrumentId: z.string(),
  dueOn: z.string(),
});
export type MeasureDue = z.output<typeof measureDue>;

export const measureRiskFlag = z.object({
  clientId: z.string(),
  chosenName: z.string(),
  measureId: z.string(),
  instrumentId: z.string(),
  completedOn: z.string(),
  /** The answer to the risk item, 1 to 3. */
  answer: z.number(),
});
export type MeasureRiskFlag = z.output<typeof measureRiskFlag>;

export const clientMeasures = z.object({
  /** Oldest first, corrected entries included (marked superseded). */
  entries: z.array(measureEntry),
  schedules: z.array(measureSchedule),
  due: z.array(measureDue),
});
export type ClientMeasures = z.output<typeof clientMeasures>;

const answers = z
  .array(z.number().int('Each answer is a whole number.').min(0).max(10), 'Answer every question.')
  .min(1, 'Answer every question.')
  .max(50);

/** Why an entry is corrected: the correction screen's form asks with the same words. */
export const correctionReason = z
  .string()
  .max(2000, 'Keep the reason under 2,000 characters.')
  .refine((s) => s.trim().length > 0, 'Say why the earlier entry is corrected.');

export const recordMeasureInput = z.strictObject({
  clientId: id,
  instrumentId,
  answers,
  completedOn: calendarDate,
  completedBy: z.enum(COMPLETED_BY, 'Say who answered: the client or the clinician with them.'),
  noteId: id.nullable().default(null),
  /** A correction: the entry it replaces and why. The replaced entry stays in the record. */
  correction: z.strictObject({ supersedesId: id, reason: correctionReason }).nullable().default(null),
});
export type RecordMeasureInput = z.input<typeof recordMeasureInput>;

export const scheduleMeasureInput = z.strictObject({
  clientId: id,
  instrumentId,
  cadence: z.enum(CADENCES, 'Choose how often the measure is given.'),
  startOn: calendarDate,
  active: z.boolean(),
});
export type ScheduleMeasureInput = z.input<typeof scheduleMeasureInput>;

export const measureChannels = {
  'measures:forClient': { input: z.strictObject({ clientId: id }), output: clientMeasures },
  'measures:record': { input: recordMeasureInput, output: measureEntry },
  'measures:schedule': { input: scheduleMeasureInput, output: z.array(measureSchedule) },
  /** Scheduled measures due today or overdue, for clients in care: for Home. */
  'measures:due': { input: z.strictObject({}), output: z.array(measureDue) },
  /** Risk items answered above zero with no risk review since: for Home. */
  'measures:riskFlags': { input: z.strictObject({}), output: z.array(measureRiskFlag) },
} as const;
