import { z } from 'zod';
import { SHORT, LONG } from '../clients/intake-schema';
import { calendarDate } from '../dates/calendar-date';
import { exportResult, PAPER_SIZES, pdfPassword } from '../pdf/pdf-output';
import { CONSENT_KINDS, CONSENT_SIGN_METHODS, isRelease, MAX_SCAN_BYTES, SCAN_TYPES } from './consent-kinds';
import { placeholderProblem } from './consent-placeholders';
import { consentStatusItem } from './consent-status';

const id = z.uuid('Unknown record.');

export const templateInput = z.strictObject({
  kind: z.enum(CONSENT_KINDS),
  title: z.string().trim().min(1, 'Give the document a title.').max(SHORT, 'Keep this under 500 characters.'),
  body: z
    .string()
    .trim()
    .min(1, 'Write the text the client will read.')
    .max(LONG, 'Keep this under 20,000 characters.')
    .superRefine((body, ctx) => {
      const problem = placeholderProblem(body);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
});
export type TemplateInput = z.input<typeof templateInput>;

export const templateVersion = z.object({
  id: z.string(),
  kind: z.enum(CONSENT_KINDS),
  number: z.number(),
  title: z.string(),
  body: z.string(),
  createdAt: z.string(),
});
export type TemplateVersion = z.output<typeof templateVersion>;

/** A release of information names who it is to and when it ends; the other kinds take neither. */
export const releaseFields = {
  recipient: z.string().trim().max(SHORT, 'Keep this under 500 characters.').default(''),
  expiresOn: z.union([z.literal(''), calendarDate]).default(''),
};

export function requireReleaseFields(
  v: { kind: (typeof CONSENT_KINDS)[number]; recipient: string; expiresOn: string },
  ctx: z.RefinementCtx,
): void {
  if (!isRelease(v.kind)) return;
  if (!v.recipient) {
    ctx.addIssue({ code: 'custom', path: ['recipient'], message: 'Name who the information goes to.' });
  }
  if (!v.expiresOn) {
    ctx.addIssue({ code: 'custom', path: ['expiresOn'], message: 'Give the day this release ends.' });
  }
}

export const prepareInput = z
  .strictObject({ clientId: id, kind: z.enum(CONSENT_KINDS), ...releaseFields })
  .superRefine(requireReleaseFields);

/** The text the client will read and sign, filled from the record, with the version it comes from. */
export const preparedDocument = z.object({
  templateId: z.string(),
  kind: z.enum(CONSENT_KINDS),
  templateNumber: z.number(),
  title: z.string(),
  text: z.string(),
});
export type PreparedDocument = z.output<typeof preparedDocument>;

const signaturePath = z
  .string()
  .min(10, 'Draw the signature first.')
  .max(200_000, 'That signature is too detailed to store.')
  .regex(/^[ML0-9.,\s-]+$/, 'That signature could not be read.');

const scan = z.strictObject({
  type: z.enum(SCAN_TYPES, 'Attach a PDF, PNG or JPEG scan.'),
  base64: z
    .string()
    .min(4, 'Attach the scan of the signed paper.')
    .max(Math.ceil((MAX_SCAN_BYTES * 4) / 3) + 4, 'The scan must be smaller than 8 MB.')
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'That scan could not be read.'),
});

export const signInput = z
  .strictObject({
    clientId: id,
    templateId: id,
    kind: z.enum(CONSENT_KINDS),
    ...releaseFields,
    signedOn: calendarDate,
    method: z.enum(CONSENT_SIGN_METHODS),
    signerName: z
      .string()
      .trim()
      .min(1, 'Type the name of the person signing.')
      .max(SHORT, 'Keep this under 500 characters.'),
    signaturePath: signaturePath.optional(),
    scan: scan.optional(),
  })
  .superRefine((v, ctx) => {
    requireReleaseFields(v, ctx);
    if (v.method === 'drawn' && !v.signaturePath) {
      ctx.addIssue({ code: 'custom', path: ['signaturePath'], message: 'Draw the signature first.' });
    }
    if (v.method === 'paper' && !v.scan) {
      ctx.addIssue({ code: 'custom', path: ['scan'], message: 'Attach the scan of the signed paper.' });
    }
  });
export type SignInput = z.input<typeof signInput>;

export const signedDocument = z.object({
  id: z.string(),
  clientId: z.string(),
  kind: z.enum(CONSENT_KINDS),
  templateId: z.string(),
  templateNumber: z.number(),
  title: z.string(),
  text: z.string(),
  recipient: z.string(),
  expiresOn: z.string().nullable(),
  signedOn: z.string(),
  method: z.enum(CONSENT_SIGN_METHODS),
  signerName: z.string(),
  signaturePath: z.string(),
  scanType: z.enum(SCAN_TYPES).nullable(),
  recordedAt: z.string(),
});
export type SignedDocument = z.output<typeof signedDocument>;

export const clientConsent = z.object({
  clientId: z.string(),
  documents: z.array(signedDocument),
  status: z.array(consentStatusItem),
  /** Why the intake was completed without a signed informed consent, when it was. */
  waiver: z.object({ reason: z.string(), recordedAt: z.string() }).nullable(),
});
export type ClientConsent = z.output<typeof clientConsent>;

const printOptions = {
  paper: z.enum(PAPER_SIZES).default('A4'),
  password: pdfPassword.optional(),
};

export const printConsentRequest = z.strictObject({ documentId: id, ...printOptions });
export type PrintConsentRequest = z.output<typeof printConsentRequest>;
export const printPacketRequest = z.strictObject(printOptions);
export type PrintPacketRequest = z.output<typeof printPacketRequest>;

export const consentChannels = {
  /** The newest version of each template written so far. */
  'consent:templates': { input: z.strictObject({}), output: z.array(templateVersion) },
  /** Saves a template as its next version (unchanged text adds none); signed documents keep theirs. */
  'consent:saveTemplate': { input: templateInput, output: z.array(templateVersion) },
  'consent:forClient': { input: z.strictObject({ clientId: id }), output: clientConsent },
  /** Fills the newest template of a kind from the record, for the client to read before signing. */
  'consent:prepare': { input: prepareInput, output: preparedDocument },
  /** Records the signature; the text is filled again here, so what is kept is what the main side made. */
  'consent:sign': { input: signInput, output: clientConsent },
  /** The scan of a document signed on paper, to look at. */
  'consent:scan': {
    input: z.strictObject({ documentId: id }),
    output: z.object({ type: z.enum(SCAN_TYPES), base64: z.string() }),
  },
  'consent:print': { input: printConsentRequest, output: exportResult },
  /** A blank intake packet: the intake questions and every template, with lines to write on. */
  'consent:printPacket': { input: printPacketRequest, output: exportResult },
} as const;
