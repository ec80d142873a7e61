import { z } from 'zod';
import { calendarDate } from '../dates/calendar-date';
import { LONG, RISK_LEVELS } from '../clients/intake-schema';

/*
 * A risk review in Rapport's own words: what was asked, what the client said, and the clinician's
 * judgement with its reasons. It is not a scored instrument; the judgement is the clinician's.
 */

const id = z.uuid('Unknown record.');
const long = z.string().max(LONG, 'Keep this under 20,000 characters.');

export const SUICIDAL_THOUGHTS = ['none', 'passive', 'active'] as const;
export type SuicidalThoughts = (typeof SUICIDAL_THOUGHTS)[number];
export const THOUGHTS_LABELS: Record<SuicidalThoughts, string> = {
  none: 'None',
  passive: 'Passive: wishing not to be here, no thought of acting on it',
  active: 'Active: thinking about ending their life',
};
export const THOUGHTS_SHORT: Record<SuicidalThoughts, string> = {
  none: 'None',
  passive: 'Passive',
  active: 'Active',
};

export const ANSWERS = ['not-asked', 'no', 'yes'] as const;
export type Answer = (typeof ANSWERS)[number];
export const ANSWER_LABELS: Record<Answer, string> = { 'not-asked': 'Not asked', no: 'No', yes: 'Yes' };

/** The yes/no questions of a review, in the order the form and the summary give them. */
export const RISK_QUESTIONS = [
  { key: 'intent', label: 'Says they mean to act on the thoughts' },
  { key: 'plan', label: 'Has thought through how they would do it' },
  { key: 'means', label: 'Can get hold of the means' },
  { key: 'pastAttempts', label: 'Has tried to end their life before' },
  { key: 'selfHarm', label: 'Hurts themselves (now or recently)' },
  { key: 'harmToOthers', label: 'May harm someone else' },
  { key: 'harmFromOthers', label: 'Is at risk from someone else (safeguarding)' },
] as const;
export type RiskQuestion = (typeof RISK_QUESTIONS)[number]['key'];

export const JUDGEMENTS = ['low', 'moderate', 'high'] as const;
export type Judgement = (typeof JUDGEMENTS)[number];
export const JUDGEMENT_LABELS: Record<Judgement, string> = {
  low: 'Low',
  moderate: 'Moderate',
  high: 'High',
};

const answer = z.enum(ANSWERS, 'Choose yes, no or not asked.');

const reviewFields = {
  reviewedOn: calendarDate,
  suicidalThoughts: z.enum(SUICIDAL_THOUGHTS, 'Choose none, passive or active.'),
  intent: answer,
  plan: answer,
  means: answer,
  pastAttempts: answer,
  selfHarm: answer,
  harmToOthers: answer,
  harmFromOthers: answer,
  protectiveFactors: long.default(''),
  judgement: z.enum(JUDGEMENTS, 'Choose low, moderate or high.'),
  reasons: long.refine((s) => s.trim().length > 0, 'Say why you judge the risk this way.'),
  actions: long.default(''),
};

/** Intent or a plan is about acting on suicidal thoughts: it cannot stand beside "none". */
function thoughtsAgree(review: { suicidalThoughts: SuicidalThoughts; intent: Answer; plan: Answer }) {
  return review.suicidalThoughts !== 'none' || (review.intent !== 'yes' && review.plan !== 'yes');
}
const THOUGHTS_DISAGREE = {
  message: 'Intent or a plan was recorded, so the thoughts are not "none": choose passive or active.',
  path: ['suicidalThoughts'],
};

/** What the form edits: the review itself, without where it was recorded. */
export const riskReviewFields = z.strictObject(reviewFields).refine(thoughtsAgree, THOUGHTS_DISAGREE);
export type RiskReviewFields = z.output<typeof riskReviewFields>;
export type RiskReviewFieldsInput = z.input<typeof riskReviewFields>;

export const riskSource = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('intake') }),
  z.strictObject({ kind: z.literal('note'), noteId: id }),
  /** Prompted by an outcome measure's risk item: the completed measure it follows. */
  z.strictObject({ kind: z.literal('measure'), measureId: id }),
]);

export const riskReview = z.object({
  id: z.string(),
  clientId: z.string(),
  source: z.enum(['intake', 'note', 'measure']),
  noteId: z.string().nullable(),
  /** The day of the session the review belongs to, when it belongs to one. */
  noteSessionDate: z.string().nullable(),
  /** The measure the review followed, its instrument and the day it was completed. */
  measureId: z.string().nullable(),
  measureInstrumentId: z.string().nullable(),
  measureCompletedOn: z.string().nullable(),
  reviewedOn: z.string(),
  suicidalThoughts: z.enum(SUICIDAL_THOUGHTS),
  intent: z.enum(ANSWERS),
  plan: z.enum(ANSWERS),
  means: z.enum(ANSWERS),
  pastAttempts: z.enum(ANSWERS),
  selfHarm: z.enum(ANSWERS),
  harmToOthers: z.enum(ANSWERS),
  harmFromOthers: z.enum(ANSWERS),
  protectiveFactors: z.string(),
  judgement: z.enum(JUDGEMENTS),
  reasons: z.string(),
  actions: z.string(),
  recordedAt: z.string(),
  recordedBy: z.string(),
  /** A review at intake, or in a signed note, is part of the record: a correction is a new review. */
  sealed: z.boolean(),
});
export type RiskReview = z.output<typeof riskReview>;

/** The intake's own risk answers, shown as the first entry of the history until a review follows. */
export const intakeRiskAnswers = z.object({
  /** When the answers were last changed (an ISO moment), or null when they never were. */
  answeredAt: z.string().nullable(),
  suicidalThoughts: z.enum(RISK_LEVELS),
  selfHarm: z.enum(RISK_LEVELS),
  harmToOthers: z.enum(RISK_LEVELS),
  notes: z.string(),
});
export type IntakeRiskAnswers = z.output<typeof intakeRiskAnswers>;

export const riskHistory = z.object({
  /** Newest first: the first is the current judgement, the others are what it superseded. */
  reviews: z.array(riskReview),
  /** The intake's answers when any was given; they stand until the first review supersedes them. */
  intake: intakeRiskAnswers.nullable(),
});
export type RiskHistory = z.output<typeof riskHistory>;

const days = (what: string) =>
  z
    .number(`Enter a number of days for ${what}.`)
    .int(`Enter a whole number of days for ${what}.`)
    .min(1, `Review ${what} at least every day.`)
    .max(365, `Review ${what} at least once a year.`);

export const riskIntervals = z.strictObject({
  highDays: days('a high risk'),
  moderateDays: days('a moderate risk'),
});
export type RiskIntervals = z.output<typeof riskIntervals>;
export const DEFAULT_RISK_INTERVALS: RiskIntervals = { highDays: 14, moderateDays: 30 };

export const riskDue = z.object({
  clientId: z.string(),
  chosenName: z.string(),
  judgement: z.enum(['moderate', 'high']),
  reviewedOn: z.string(),
  dueOn: z.string(),
});
export type RiskDue = z.output<typeof riskDue>;

export const riskChannels = {
  'risk:history': { input: z.strictObject({ clientId: id }), output: riskHistory },
  'risk:record': {
    input: z
      .strictObject({ clientId: id, source: riskSource, ...reviewFields })
      .refine(thoughtsAgree, THOUGHTS_DISAGREE),
    output: riskReview,
  },
  /** Changes a review while the note it belongs to is still a draft; nothing else can change. */
  'risk:update': {
    input: z.strictObject({ id, ...reviewFields }).refine(thoughtsAgree, THOUGHTS_DISAGREE),
    output: riskReview,
  },
  'risk:forNote': { input: z.strictObject({ noteId: id }), output: z.array(riskReview) },
  /** Clients whose latest judgement is moderate or high and whose review is older than its interval. */
  'risk:due': { input: z.strictObject({}), output: z.array(riskDue) },
  'risk:intervals': { input: z.strictObject({}), output: riskIntervals },
  'risk:setIntervals': { input: riskIntervals, output: riskIntervals },
} as const;
