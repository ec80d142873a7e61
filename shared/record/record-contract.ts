import { z } from 'zod';
import { calendarDate } from '../dates/calendar-date';
import { exportResult, PAPER_SIZES, pdfPassword } from '../pdf/pdf-output';

const id = z.uuid('Unknown record.');
const said = (what: string) =>
  z
    .string()
    .max(300, `Keep the ${what} under 300 characters.`)
    .refine((s) => s.trim().length > 0, `Say ${what === 'recipient' ? 'whom it is for' : 'what it is for'}.`);

/** Whom the printout is for and why, as typed in the dialog: printed on the cover, never audited. */
export const recordRecipient = said('recipient');
export const recordPurpose = said('purpose');

/** Which of the client's progress notes the printout holds: one note, the notes of a period, or all. */
export const RECORD_SCOPES = ['note', 'period', 'all'] as const;
export type RecordScope = (typeof RECORD_SCOPES)[number];

/**
 * A printout of the record, for a records request or a transfer. Psychotherapy (process) notes are
 * named one by one, never asked for in bulk: an id not named here is never read.
 */
export const recordRequest = z
  .strictObject({
    clientId: id,
    scope: z.enum(RECORD_SCOPES),
    /** The note, when the scope is one note. */
    noteId: id.optional(),
    from: calendarDate.optional(),
    to: calendarDate.optional(),
    /** Unsigned notes, printed as drafts; off, only signed notes are printed. */
    includeDrafts: z.boolean().default(false),
    /** The notes whose psychotherapy note the clinician chose to include, one by one. */
    processNoteIds: z.array(id).max(1000).default([]),
    recipient: recordRecipient,
    purpose: recordPurpose,
    paper: z.enum(PAPER_SIZES).default('A4'),
    password: pdfPassword.optional(),
  })
  .superRefine((request, ctx) => {
    if (request.scope === 'note' && !request.noteId) {
      ctx.addIssue({ code: 'custom', path: ['noteId'], message: 'Choose the note to print.' });
    }
    if (request.scope === 'period') {
      if (!request.from) ctx.addIssue({ code: 'custom', path: ['from'], message: 'Enter the first day.' });
      if (!request.to) ctx.addIssue({ code: 'custom', path: ['to'], message: 'Enter the last day.' });
      if (request.from && request.to && request.from > request.to) {
        ctx.addIssue({
          code: 'custom',
          path: ['to'],
          message: 'The end of the period must be after its start.',
        });
      }
    }
    if (new Set(request.processNoteIds).size !== request.processNoteIds.length) {
      ctx.addIssue({ code: 'custom', path: ['processNoteIds'], message: 'Each note is chosen once.' });
    }
  });

export type RecordRequest = z.output<typeof recordRequest>;

export const recordChannels = {
  /** Asks where to save (the system dialog), prints the chosen notes with a cover page, protects it if asked. */
  'record:print': { input: recordRequest, output: exportResult },
} as const;
