import { z } from 'zod';
import { LONG } from '../clients/intake-schema';
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

/**
 * What the client mode shows. It carries no record: at most the client's first name for a greeting
 * and whether the session's feedback is still to be given.
 */
export const clientModeState = z.discriminatedUnion('active', [
  z.object({ active: z.literal(false), pinSet: z.boolean() }),
  z.object({
    active: z.literal(true),
    pinSet: z.boolean(),
    greetingName: z.string(),
    feedbackDone: z.boolean(),
  }),
]);

export const clientModeChannels = {
  'clientMode:status': { input: z.strictObject({}), output: clientModeState },
  /** The clinician hands the laptop over for this (draft) note's session feedback. */
  'clientMode:start': { input: z.strictObject({ noteId: id }), output: clientModeState },
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
  'clientMode:leave',
  'vault:status',
  'vault:activity',
  'vault:saved',
  'app:locale',
] as const;

export type ClientModeState = z.output<typeof clientModeState>;
