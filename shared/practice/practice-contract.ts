import { z } from 'zod';

/**
 * The practice letterhead and the clinician's identifiers: who a summary or superbill comes from.
 * Set once in settings and printed on every exported summary and superbill. Nothing here is about
 * a client.
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

/**
 * A US National Provider Identifier: ten digits, the last a Luhn check digit computed with the
 * prefix 80840 (the card-issuer prefix the standard assigns to US health identifiers).
 */
export function isValidNpi(npi: string): boolean {
  if (!/^\d{10}$/.test(npi)) return false;
  const digits = `80840${npi}`.split('').map(Number).reverse();
  const sum = digits.reduce((total, digit, i) => {
    if (i % 2 === 0) return total + digit;
    const doubled = digit * 2;
    return total + (doubled > 9 ? doubled - 9 : doubled);
  }, 0);
  return sum % 10 === 0;
}

export const practiceSchema = z.strictObject({
  clinicianName: line(200),
  credentials: line(200),
  licenceNumber: line(100),
  /** Where the licence was issued (a state or country): an insurer reads the number with it. */
  licenceJurisdiction: line(100),
  npi: z
    .string()
    .trim()
    .refine(
      (s) => s === '' || isValidNpi(s.replace(/[\s-]/g, '')),
      'An NPI is 10 digits; check it for a typo.',
    )
    .transform((s) => s.replace(/[\s-]/g, ''))
    .default(''),
  /** As the clinician wants it printed on superbills, e.g. "EIN 12-3456789". */
  taxId: line(40),
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
