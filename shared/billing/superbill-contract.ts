import { z } from 'zod';
import { calendarDate } from '../dates/calendar-date';
import { practiceSchema } from '../practice/practice-contract';
import { exportResult, PAPER_SIZES, pdfPassword } from '../pdf/pdf-output';
import { PAYMENT_METHODS } from './billing-contract';
import { insurance } from './insurance-contract';

const choices = {
  clientId: z.uuid('Unknown client.'),
  /** The first and last calendar day of the period, both included. */
  from: calendarDate,
  to: calendarDate,
  /** Superbills go to US insurers more than anywhere else: Letter unless A4 is chosen. */
  paper: z.enum(PAPER_SIZES).default('Letter'),
  /** Made without what an insurer needs (a diagnosis, the provider's identifiers): marked DRAFT on every page. */
  draft: z.boolean().default(false),
  /** The clinician confirmed printing this US insurance form for a practice that does not bill in USD. */
  allowNonUs: z.boolean().default(false),
};

function rangeInOrder(value: { from: string; to: string }, ctx: z.RefinementCtx): void {
  if (value.from > value.to) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'The end of the period must be after its start.' });
  }
}

export const superbillOptions = z.strictObject(choices).superRefine(rangeInOrder);
export const superbillRequest = z
  .strictObject({ ...choices, password: pdfPassword.optional() })
  .superRefine(rangeInOrder);

export type SuperbillOptions = z.output<typeof superbillOptions>;
export type SuperbillRequest = z.output<typeof superbillRequest>;

/** CMS place-of-service codes, the two a therapy practice uses (telehealth: the client at home). */
export const PLACES_OF_SERVICE = { office: '11', telehealth: '10' } as const;

/** CPT modifiers for a session held at a distance: 95 by live video, 93 by telephone (audio only). */
export const TELEHEALTH_MODIFIERS = { video: '95', phone: '93' } as const;

/** What a superbill lacks, where to add it, and whether it can be made at all without it. */
export const SUPERBILL_GAPS = [
  'sessions',
  'fees',
  'legalName',
  'dateOfBirth',
  'diagnoses',
  'insurance',
  'policyHolder',
  'clinician',
  'licence',
  'npi',
  'taxId',
  'practiceContact',
] as const;
export type SuperbillGapKey = (typeof SUPERBILL_GAPS)[number];

/** Where in the app the missing detail is filled in. */
export const GAP_PLACES = ['period', 'billing', 'intake', 'practice'] as const;

export const superbillGap = z.object({
  key: z.enum(SUPERBILL_GAPS),
  message: z.string(),
  where: z.enum(GAP_PLACES),
  /** A superbill without this is not made: no sessions to claim, or a session without a fee. */
  blocking: z.boolean(),
  /** An insurer rejects a claim without this: only a draft, marked as such, can be made until it is filled. */
  draftOnly: z.boolean(),
});

export const superbillDocument = z.object({
  kind: z.literal('superbill'),
  /** The locale its dates are written in; the printed page writes its own in the same one. */
  locale: z.string(),
  paper: z.enum(PAPER_SIZES),
  /** Printed as a draft: "DRAFT" on every page. */
  draft: z.boolean(),
  /** The practice's calendar day the superbill is made. */
  issuedOn: z.string(),
  period: z.object({ from: z.string(), to: z.string() }),
  currency: z.string(),
  practice: practiceSchema,
  /** What an insurer matches a claim against: the legal name, never the chosen name alone. */
  client: z.object({
    name: z.string(),
    dateOfBirth: z.string(),
    address: z.string(),
    phone: z.string(),
    email: z.string(),
    /** Null when no insurance is recorded for the client. */
    insurance: insurance.nullable(),
  }),
  diagnoses: z.array(z.object({ code: z.string(), description: z.string() })),
  /** One line per attended session in the period, oldest first. */
  services: z.array(
    z.object({
      date: z.string(),
      placeOfService: z.enum([PLACES_OF_SERVICE.office, PLACES_OF_SERVICE.telehealth]),
      code: z.string(),
      /** Empty for a session in the office. */
      modifier: z.enum(['', TELEHEALTH_MODIFIERS.video, TELEHEALTH_MODIFIERS.phone]),
      description: z.string(),
      units: z.number(),
      /** Which listed diagnosis the service was for, by its letter ("A" is the first); '' with none listed. */
      diagnosisPointer: z.string(),
      /** Null only when no fee can be found for it (a blocking gap). */
      feeMinor: z.number().nullable(),
      /** What the client paid towards this session, whenever they paid. */
      paidMinor: z.number(),
    }),
  ),
  /** The client's payments towards the listed sessions (never an insurer's), and how much of each went to them. */
  payments: z.array(
    z.object({
      date: z.string(),
      method: z.enum(PAYMENT_METHODS),
      amountMinor: z.number(),
      appliedMinor: z.number(),
    }),
  ),
  /** The listed sessions only: their fees, what the client paid towards them, what is still owed on them. */
  totals: z.object({ chargedMinor: z.number(), paidMinor: z.number(), balanceMinor: z.number() }),
  gaps: z.array(superbillGap),
});

/** Said before a superbill is printed for a practice that bills in another currency than US dollars. */
export function usFormMessage(currency: string): string {
  return `A superbill is a US insurance form (CPT procedure codes, CMS places of service) and this practice bills in ${currency}: confirm that you want to print it anyway.`;
}

export type SuperbillDocumentData = z.output<typeof superbillDocument>;
export type SuperbillGap = z.output<typeof superbillGap>;

export const superbillChannels = {
  /** The superbill as it would print, with what it lacks; nothing is written. */
  'billing:superbillPreview': { input: superbillOptions, output: superbillDocument },
  /** Asks where to save (the system dialog), makes the PDF, protects it if asked, writes it there. */
  'billing:superbill': { input: superbillRequest, output: exportResult },
} as const;
