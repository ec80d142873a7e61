import { z } from 'zod';
import { LONG } from '../clients/intake-schema';
import { releaseFields, requireReleaseFields, signInput } from '../consent/consent-contract';
import { CONSENT_KINDS } from '../consent/consent-kinds';
import { recordMeasureInput } from '../measures/measures-contract';
import { MAX_PASSPHRASE_LENGTH } from '../vault/passphrase-limits';

const id = z.uuid('Unknown record.');
const answer = z
  .number()
  .int()
  .min(1, 'Choose one of the five answers.')
  .max(5, 'Choose one of the five answers.')
  .nullable()
  .default(null);

/** A PIN the clinician can leave client mode with instead of the passphrase: digits only, 4 to 8. */
export const clientModePin = z.string().regex(/^\d{4,8}$/, 'Use 4 to 8 digits.');

/** One thing the client does, in the order they do it, and whether it is done. */
export const clientModeStep = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('feedback'), done: z.boolean() }),
  z.object({ kind: z.literal('measure'), instrumentId: z.string(), done: z.boolean() }),
  /** A document to read and sign, with the text the main side filled in when the mode began. */
  z.object({
    kind: z.literal('document'),
    stepId: z.string(),
    title: z.string(),
    text: z.string(),
    done: z.boolean(),
  }),
]);
export type ClientModeStep = z.output<typeof clientModeStep>;

/**
 * What the client mode shows. It carries no record: at most the client's first name for a greeting,
 * the steps the clinician chose, and the words of the documents they are to sign.
 */
export const clientModeState = z.discriminatedUnion('active', [
  z.object({ active: z.literal(false), pinSet: z.boolean() }),
  z.object({
    active: z.literal(true),
    pinSet: z.boolean(),
    greetingName: z.string(),
    steps: z.array(clientModeStep),
  }),
]);

/** A document the clinician asks the client to sign: the newest template of its kind, filled in. */
const documentChoice = z
  .strictObject({ kind: z.enum(CONSENT_KINDS), ...releaseFields })
  .superRefine(requireReleaseFields);

export const startClientModeInput = z
  .strictObject({
    clientId: id,
    /** The draft note whose session feedback the client gives, or null for no feedback. */
    noteId: id.nullable().default(null),
    /** Outcome measures the client answers, each once. */
    measures: z
      .array(recordMeasureInput.shape.instrumentId)
      .max(10, 'Choose at most ten measures.')
      .refine((list) => new Set(list).size === list.length, 'Choose each measure once.')
      .default([]),
    documents: z.array(documentChoice).max(10, 'Choose at most ten documents.').default([]),
  })
  .refine((v) => v.noteId !== null || v.measures.length > 0 || v.documents.length > 0, {
    message: 'Choose at least one thing for the client to do.',
    path: ['measures'],
  });
export type StartClientModeInput = z.input<typeof startClientModeInput>;

/** How a client signs on the laptop: drawn or typed (a paper scan is the clinician's to attach). */
export const CLIENT_SIGN_METHODS = ['drawn', 'typed'] as const;

export const clientSignInput = z
  .strictObject({
    stepId: id,
    method: z.enum(CLIENT_SIGN_METHODS, 'Choose how to sign.'),
    signerName: signInput.shape.signerName,
    signaturePath: signInput.shape.signaturePath,
  })
  .superRefine((v, ctx) => {
    if (v.method === 'drawn' && !v.signaturePath) {
      ctx.addIssue({ code: 'custom', path: ['signaturePath'], message: 'Draw the signature first.' });
    }
  });
export type ClientSignInput = z.input<typeof clientSignInput>;

export const clientModeChannels = {
  'clientMode:status': { input: z.strictObject({}), output: clientModeState },
  /** The clinician hands the laptop over for the steps chosen; only those can then be answered. */
  'clientMode:start': { input: startClientModeInput, output: clientModeState },
  /** The client's own answers to the feedback form, stored as theirs and no longer editable. */
  'clientMode:submitFeedback': {
    input: z.strictObject({
      answers: z.strictObject({
        understood: answer,
        mattered: answer,
        suited: answer,
        safe: answer,
        honest: answer,
        forward: answer,
        respected: answer,
      }),
      message: z.string().max(LONG, 'Keep this under 20,000 characters.').default(''),
    }),
    output: clientModeState,
  },
  /** The client's answers to a measure granted at the start, stored as theirs; once only. */
  'clientMode:submitMeasure': {
    input: z.strictObject({
      instrumentId: recordMeasureInput.shape.instrumentId,
      answers: recordMeasureInput.shape.answers,
    }),
    output: clientModeState,
  },
  /** The client signs a document granted at the start; it is frozen as a clinician-side signing is. */
  'clientMode:signDocument': { input: clientSignInput, output: clientModeState },
  /** Back to the clinician: the vault passphrase, or the PIN set in Settings. */
  'clientMode:leave': {
    input: z.strictObject({
      secret: z.string().min(1, 'Enter the passphrase or PIN.').max(MAX_PASSPHRASE_LENGTH),
    }),
    output: clientModeState,
  },
  /** Sets (or, with null, removes) the PIN; it is stored only as a slow salted hash. */
  'clientMode:setPin': {
    input: z.strictObject({ pin: clientModePin.nullable() }),
    output: clientModeState,
  },
} as const;

/**
 * The only channels the router answers while client mode is on: the mode's own, and what keeps the
 * page alive (its status, the locale, the activity that pushes the auto-lock back, the answer to a
 * save request before an automatic lock).
 */
export const CLIENT_MODE_ALLOWED = [
  'clientMode:status',
  'clientMode:submitFeedback',
  'clientMode:submitMeasure',
  'clientMode:signDocument',
  'clientMode:leave',
  'vault:status',
  'vault:activity',
  'vault:saved',
  'app:locale',
] as const;

export type ClientModeState = z.output<typeof clientModeState>;
