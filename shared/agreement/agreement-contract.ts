import { z } from 'zod';
import { calendarDate } from '../dates/calendar-date';
import { SHORT } from '../clients/intake-schema';

/**
 * How a client agrees to a document written with them (the goal plan, the safety plan): aloud, by
 * typing their name, or by drawing a signature. One schema for both, so the same dialog records it
 * and the main side checks it the same way.
 */
export const AGREEMENT_METHODS = ['verbal', 'typed', 'drawn'] as const;
export type AgreementMethod = (typeof AGREEMENT_METHODS)[number];

/**
 * A drawn signature, kept as SVG path data (moves and lines only) so it can be shown on screen and
 * printed without any image decoding, and cannot carry script.
 */
const signaturePath = z
  .string()
  .min(10, 'Draw the signature first.')
  .max(200_000, 'That signature is too detailed to store.')
  .regex(/^[ML0-9.,\s-]+$/, 'That signature could not be read.');

/** Agreeing to one version: which one, on what day, and how. */
export const agreeInput = z
  .strictObject({
    versionId: z.uuid('Unknown record.'),
    agreedOn: calendarDate,
    method: z.enum(AGREEMENT_METHODS),
    typedName: z.string().max(SHORT, 'Keep this under 500 characters.').default(''),
    signaturePath: signaturePath.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.method === 'typed' && !v.typedName.trim()) {
      ctx.addIssue({
        code: 'custom',
        path: ['typedName'],
        message: 'Type the client’s name to record agreement.',
      });
    }
    if (v.method === 'drawn' && !v.signaturePath) {
      ctx.addIssue({ code: 'custom', path: ['signaturePath'], message: 'Draw the signature first.' });
    }
  });

export type AgreeInput = z.output<typeof agreeInput>;

/** A recorded agreement, as a version carries it. */
export const agreement = z.object({
  agreedOn: z.string(),
  method: z.enum(AGREEMENT_METHODS),
  typedName: z.string(),
  signaturePath: z.string(),
  recordedAt: z.string(),
});

export type Agreement = z.output<typeof agreement>;

/** What is stored of an agreement: the typed name only when typed, the drawing only when drawn. */
export function storedAgreement(input: AgreeInput, recordedAt: string): Agreement {
  return {
    agreedOn: input.agreedOn,
    method: input.method,
    typedName: input.method === 'typed' ? input.typedName : '',
    signaturePath: input.method === 'drawn' ? (input.signaturePath ?? '') : '',
    recordedAt,
  };
}

/** A version's stored agreement columns as the agreement they record; null while not agreed. */
export function readAgreement(row: {
  agreedOn: string | null;
  method: AgreementMethod | null;
  typedName: string;
  signaturePath: string;
  recordedAt: string | null;
}): Agreement | null {
  if (!row.agreedOn || !row.method) return null;
  return {
    agreedOn: row.agreedOn,
    method: row.method,
    typedName: row.typedName,
    signaturePath: row.signaturePath,
    recordedAt: row.recordedAt ?? row.agreedOn,
  };
}
