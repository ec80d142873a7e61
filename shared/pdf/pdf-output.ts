import { z } from 'zod';

/*
 * What every PDF Rapport makes shares: its paper, its optional password and what saving it answers.
 */
export const PAPER_SIZES = ['A4', 'Letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

/** PDF passwords (revision 6) are UTF-8 and count at most 127 bytes. */
const MAX_PASSWORD_BYTES = 127;
export const MIN_PASSWORD_LENGTH = 8;

export const pdfPassword = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(200, 'That password is too long for a PDF: keep it under 100 characters.')
  .refine(
    (s) => new TextEncoder().encode(s).length <= MAX_PASSWORD_BYTES,
    'That password is too long for a PDF: keep it under 100 characters.',
  );

export const exportResult = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('saved'),
    /** The file's name only: where it went is the clinician's own choice and stays with the shell. */
    fileName: z.string(),
    pages: z.number(),
    bytes: z.number(),
    protected: z.boolean(),
  }),
  z.object({ status: z.literal('cancelled') }),
]);

export type ExportResult = z.output<typeof exportResult>;
