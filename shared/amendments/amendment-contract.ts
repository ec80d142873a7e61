import { z } from 'zod';
import { LONG } from '../clients/intake-schema';
import { calendarDate } from '../dates/calendar-date';
import { exportResult, PAPER_SIZES, pdfPassword } from '../pdf/pdf-output';

const id = z.uuid('Unknown record.');
const long = z.string().max(LONG, 'Keep this under 20,000 characters.');
const written = (message: string) => long.refine((s) => s.trim().length > 0, message);

export const amendmentRequest = z.object({
  id: z.string(),
  clientId: z.string(),
  receivedOn: z.string(),
  /** Notes the request is about, in session order, with the addendum made on each once accepted. */
  notes: z.array(
    z.object({ noteId: z.string(), sessionDate: z.string(), addendumId: z.string().nullable() }),
  ),
  recordPart: z.string(),
  requestedChange: z.string(),
  reason: z.string(),
  extension: z.object({ extendedOn: z.string(), reason: z.string(), clientToldOn: z.string() }).nullable(),
  deadline: z.string(),
  decision: z
    .discriminatedUnion('outcome', [
      z.object({ outcome: z.literal('accepted'), decidedOn: z.string() }),
      z.object({
        outcome: z.literal('denied'),
        decidedOn: z.string(),
        denialReason: z.string(),
        disagreement: z.string(),
        disagreementOn: z.string().nullable(),
        rebuttal: z.string(),
        rebuttalOn: z.string().nullable(),
      }),
    ])
    .nullable(),
});
export type AmendmentRequest = z.output<typeof amendmentRequest>;

export const dueAmendment = z.object({
  id: z.string(),
  clientId: z.string(),
  chosenName: z.string(),
  receivedOn: z.string(),
  deadline: z.string(),
  extended: z.boolean(),
  /** Negative once overdue. */
  daysLeft: z.number(),
});
export type DueAmendment = z.output<typeof dueAmendment>;

export const printAmendmentLetterRequest = z.strictObject({
  id,
  /** The letter as the clinician left it: the default wording of rights, edited as plain text. */
  body: written('Write the letter first.'),
  paper: z.enum(PAPER_SIZES).default('A4'),
  password: pdfPassword.optional(),
});
export type PrintAmendmentLetterRequest = z.output<typeof printAmendmentLetterRequest>;

export const amendmentChannels = {
  'amendments:list': { input: z.strictObject({ clientId: id }), output: z.array(amendmentRequest) },
  /** Requests that name this note, for the note viewer. */
  'amendments:forNote': { input: z.strictObject({ noteId: id }), output: z.array(amendmentRequest) },
  /** Undecided requests within ten days of their deadline, and overdue ones, soonest first. */
  'amendments:due': { input: z.strictObject({}), output: z.array(dueAmendment) },
  'amendments:log': {
    input: z.strictObject({
      clientId: id,
      receivedOn: calendarDate,
      noteIds: z.array(id).max(200).default([]),
      recordPart: long.default(''),
      requestedChange: written('Write what the client asks to change.'),
      reason: long.default(''),
    }),
    output: amendmentRequest,
  },
  'amendments:extend': {
    input: z.strictObject({
      id,
      reason: written('Write why more time is needed.'),
      clientToldOn: calendarDate,
    }),
    output: amendmentRequest,
  },
  'amendments:accept': {
    input: z.strictObject({
      id,
      decidedOn: calendarDate,
      /** Written as an addendum on each note the request names. */
      addendum: long.default(''),
    }),
    output: amendmentRequest,
  },
  'amendments:deny': {
    input: z.strictObject({
      id,
      decidedOn: calendarDate,
      denialReason: written('Write the reason for the denial.'),
      disagreement: long.default(''),
      disagreementOn: calendarDate.optional(),
      rebuttal: long.default(''),
    }),
    output: amendmentRequest,
  },
  /** A statement of disagreement that came after the denial: once, dated no earlier than the denial. */
  'amendments:addDisagreement': {
    input: z.strictObject({
      id,
      disagreement: written("Write the client's statement of disagreement."),
      disagreementOn: calendarDate,
    }),
    output: amendmentRequest,
  },
  /** The rebuttal of a statement already kept: once, dated no earlier than the statement. */
  'amendments:addRebuttal': {
    input: z.strictObject({
      id,
      rebuttal: written('Write your rebuttal.'),
      rebuttalOn: calendarDate,
    }),
    output: amendmentRequest,
  },
  'amendments:printLetter': { input: printAmendmentLetterRequest, output: exportResult },
} as const;
