import { z } from 'zod';

/**
 * The practice letterhead: who the summary comes from. Set once in settings and printed at the top
 * of every exported summary. Nothing here is about a client.
 */
const line = (max: number) => z.string().trim().max(max, `Keep this under ${max} characters.`).default('');

/** A logo small enough to travel inside every PDF without bloating it. */
export const MAX_LOGO_BYTES = 150 * 1024;
const LOGO_PATTERN = /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+={0,2}$/;

/** The decoded size of a base64 data URL, without decoding it. */
export function dataUrlBytes(dataUrl: string): number {
  const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
}

export const logo = z
  .string()
  .max(Math.ceil((MAX_LOGO_BYTES * 4) / 3) + 40, 'The logo must be smaller than 150 KB.')
  .refine((s) => s === '' || LOGO_PATTERN.test(s), 'The logo must be a PNG or JPEG image.')
  .refine((s) => dataUrlBytes(s) <= MAX_LOGO_BYTES, 'The logo must be smaller than 150 KB.')
  .default('');

export const practiceSchema = z.strictObject({
  clinicianName: line(200),
  credentials: line(200),
  licenceNumber: line(100),
  practiceName: line(200),
  address: line(600),
  phone: line(60),
  email: z.union([z.literal(''), z.email('That does not look like an email address.').max(200)]).default(''),
  website: line(200),
  logo,
});

export type Practice = z.output<typeof practiceSchema>;
export type PracticeInput = z.input<typeof practiceSchema>;

export const EMPTY_PRACTICE: Practice = practiceSchema.parse({});

export const practiceChannels = {
  'practice:get': { input: z.strictObject({}), output: practiceSchema },
  'practice:update': { input: practiceSchema, output: practiceSchema },
} as const;
