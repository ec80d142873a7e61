import { z } from 'zod';
import { exportResult, PAPER_SIZES, pdfPassword } from '../pdf/pdf-output';
import { calendarDate } from '../dates/calendar-date';
import { clientRecord } from '../clients/client-contract';
import { intakeSchema } from '../clients/intake-schema';
import { goalPlan } from '../goals/goal-contract';
import { alliancePoint } from '../notes/note-contract';
import { MODALITIES, NOTE_FORMAT_KEYS, type NoteFormat } from '../notes/note-formats';
import { RUPTURE_KINDS, RUPTURE_OUTCOMES } from '../notes/rupture-lists';
import { practiceSchema } from '../practice/practice-contract';
import { riskReview } from '../risk/risk-contract';
import { measureEntry } from '../measures/measures-contract';
import { safetyPlanVersion } from '../safety-plan/safety-plan-schema';
import {
  CULTURAL_DOMAIN_KEYS,
  DEFAULT_SECTIONS,
  SECTION_KEYS,
  type CulturalDomainKey,
  type SectionKey,
} from './summary-sections';
import { PURPOSE_KEYS } from './summary-purposes';

const optionalDate = z.union([z.literal(''), calendarDate]).default('');

function unique<T>(values: readonly T[]): boolean {
  return new Set(values).size === values.length;
}

const choices = {
  clientId: z.uuid('Unknown client.'),
  sections: z
    .array(z.enum(SECTION_KEYS))
    .min(1, 'Choose at least one section.')
    .max(SECTION_KEYS.length)
    .refine(unique, 'A section is listed twice.')
    .default(DEFAULT_SECTIONS),
  /** Cultural domains to print when the cultural section is chosen; all of them unless narrowed. */
  culturalDomains: z
    .array(z.enum(CULTURAL_DOMAIN_KEYS))
    .max(CULTURAL_DOMAIN_KEYS.length)
    .refine(unique, 'A domain is listed twice.')
    .default([...CULTURAL_DOMAIN_KEYS]),
  /** Sessions, ratings and chart points outside this range are left out; '' leaves that end open. */
  from: optionalDate,
  to: optionalDate,
  paper: z.enum(PAPER_SIZES).default('A4'),
  /** The purpose the clinician started from, if any: recorded with the export, never printed. */
  purpose: z.enum(['', ...PURPOSE_KEYS]).default(''),
  /** Whether the session history names ruptures in the alliance. */
  ruptureLabels: z.boolean().default(true),
};

function rangeInOrder(value: { from: string; to: string }, ctx: z.RefinementCtx): void {
  if (value.from && value.to && value.from > value.to) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'The end of the period must be after its start.' });
  }
}

export const summaryOptions = z.strictObject(choices).superRefine(rangeInOrder);
export const exportRequest = z
  .strictObject({ ...choices, password: pdfPassword.optional() })
  .superRefine(rangeInOrder);

export type SummaryOptions = z.output<typeof summaryOptions>;
export type SummaryOptionsInput = z.input<typeof summaryOptions>;
export type ExportRequest = z.output<typeof exportRequest>;

export const summarySession = z.object({
  id: z.string(),
  date: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  modality: z.enum(MODALITIES),
  format: z.enum(NOTE_FORMAT_KEYS as [NoteFormat, ...NoteFormat[]]),
  signed: z.boolean(),
  /** A few lines from the signed progress note; empty for a note not yet signed. */
  summary: z.string(),
  addenda: z.array(z.object({ signedAt: z.string(), body: z.string() })),
  /** When the note was signed and the start of its fingerprint, to compare a printed copy with the record. */
  signedAt: z.string(),
  fingerprint: z.string(),
  /** The first sentence of a signed note that mentions risk, as written; '' when none does. */
  riskMention: z.string(),
  /** Each rupture of the session in words: its kind, markers and repairs as labels, and how it ended. */
  ruptures: z.array(
    z.object({
      kind: z.enum(RUPTURE_KINDS),
      markers: z.array(z.string()),
      repairs: z.array(z.string()),
      outcome: z.enum(RUPTURE_OUTCOMES),
    }),
  ),
});

/**
 * Everything a summary of one client can be made from. The preview receives it once and narrows
 * it on the spot as the clinician toggles sections; the export narrows it the same way, with the
 * same function, so the preview shows exactly what is printed.
 */
export const summarySource = z.object({
  /** The local calendar day the summary is made. */
  generatedOn: z.string(),
  practice: practiceSchema,
  client: clientRecord
    .pick({
      id: true,
      chosenName: true,
      legalName: true,
      status: true,
      statusDate: true,
      statusReason: true,
      createdAt: true,
      intakeCompletedAt: true,
    })
    .extend({
      intake: intakeSchema,
      /** When the intake's risk answers were last changed; null when they never were. */
      riskAnsweredAt: z.string().nullable(),
    }),
  /** Provisional and confirmed, the primary first. */
  diagnoses: z.array(
    z.object({
      code: z.string(),
      title: z.string(),
      rank: z.enum(['primary', 'secondary']),
      status: z.enum(['provisional', 'confirmed']),
      madeOn: z.string(),
    }),
  ),
  plan: goalPlan,
  /** The safety plan's agreed versions, newest first (drafts are not the client's plan yet). */
  safetyPlans: z.array(safetyPlanVersion),
  alliance: z.array(alliancePoint),
  sessions: z.array(summarySession),
  /** The client's risk reviews, newest first. */
  riskReviews: z.array(riskReview),
  /** Completed outcome measures that no correction replaced, oldest first. */
  measures: z.array(measureEntry),
});

export type SummarySource = z.output<typeof summarySource>;
export type SummarySession = z.output<typeof summarySession>;

export const summaryChannels = {
  'summary:preview': {
    input: z.strictObject({ clientId: z.uuid('Unknown client.') }),
    output: summarySource,
  },
  /** Asks where to save (the system dialog), makes the PDF, protects it if asked, writes it there. */
  'summary:export': { input: exportRequest, output: exportResult },
} as const;

export type { CulturalDomainKey, SectionKey };
