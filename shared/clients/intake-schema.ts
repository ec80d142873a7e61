import { z } from 'zod';
import { calendarDate } from '../dates/calendar-date';
import { ADDRESSING_DOMAINS, FORMULATION_DOMAINS } from './cultural-frameworks';

/**
 * The full intake as one document. Every field but the chosen name is optional: a clinician is never
 * blocked by what a client has not shared yet. The same schema validates the form in the UI and the
 * payload on the main side. Drafts use a relaxed variant in which half-typed values (an email without
 * its domain, a date not finished) are kept as typed rather than refused.
 */
export const SHORT = 500;
export const LONG = 20_000;

type Mode = 'final' | 'draft';

const short = z.string().max(SHORT, 'Keep this under 500 characters.');
const long = z.string().max(LONG, 'Keep this under 20,000 characters.');

function isoDate(mode: Mode) {
  if (mode === 'draft') return z.string().max(10);
  return z.union([z.literal(''), calendarDate]);
}

function email(mode: Mode) {
  if (mode === 'draft') return short;
  return z.union([z.literal(''), z.email('That does not look like an email address.').max(SHORT)]);
}

export const RISK_LEVELS = ['not-asked', 'none', 'past', 'current'] as const;
export const RISK_LABELS: Record<(typeof RISK_LEVELS)[number], string> = {
  'not-asked': 'Not yet asked',
  none: 'None reported',
  past: 'In the past',
  current: 'Current',
};

const addressingEntry = z.strictObject({
  text: long.default(''),
  preferNotToSay: z.boolean().default(false),
  relevant: z.boolean().default(false),
});

function makeIntakeSchema(mode: Mode) {
  const date = isoDate(mode);
  return z.strictObject({
    identity: z.strictObject({
      chosenName:
        mode === 'final'
          ? short.refine((s) => s.trim().length > 0, 'Enter the name the client goes by.')
          : short.default(''),
      legalName: short.default(''),
      pronouns: short.default(''),
      dateOfBirth: date.default(''),
      email: email(mode).default(''),
      phone: short.default(''),
      address: long.default(''),
      mayLeaveMessages: z.boolean().nullable().default(null),
      emergencyContact: short.default(''),
      preferredLanguage: short.default(''),
      interpreterNeeded: z.boolean().default(false),
      referralSource: short.default(''),
    }),
    presenting: z
      .strictObject({
        inOwnWords: long.default(''),
        whyNow: long.default(''),
        hopes: long.default(''),
      })
      .prefault({}),
    history: z
      .strictObject({
        previousTherapy: long.default(''),
        medical: long.default(''),
        medications: long.default(''),
        substanceUse: long.default(''),
      })
      .prefault({}),
    risk: z
      .strictObject({
        suicidalThoughts: z.enum(RISK_LEVELS).default('not-asked'),
        selfHarm: z.enum(RISK_LEVELS).default('not-asked'),
        harmToOthers: z.enum(RISK_LEVELS).default('not-asked'),
        notes: long.default(''),
        safetyPlan: z.boolean().default(false),
        safetyPlanDate: date.default(''),
      })
      .prefault({}),
    consent: z
      .strictObject({
        informedConsentDate: date.default(''),
        confidentialityLimitsDiscussed: z.boolean().default(false),
        telehealthConsent: z.boolean().default(false),
        notes: long.default(''),
      })
      .prefault({}),
    fees: z
      .strictObject({
        arrangement: long.default(''),
        slidingScale: z.boolean().default(false),
      })
      .prefault({}),
    cultural: z
      .strictObject({
        addressing: z
          .strictObject(
            Object.fromEntries(ADDRESSING_DOMAINS.map((d) => [d.key, addressingEntry.prefault({})])) as {
              [K in (typeof ADDRESSING_DOMAINS)[number]['key']]: z.ZodPrefault<typeof addressingEntry>;
            },
          )
          .prefault({}),
        formulation: z
          .strictObject(
            Object.fromEntries(
              FORMULATION_DOMAINS.map((d) => [
                d.key,
                z
                  .strictObject(Object.fromEntries(d.prompts.map((p) => [p.key, long.default('')])))
                  .prefault({}),
              ]),
            ) as unknown as {
              [D in (typeof FORMULATION_DOMAINS)[number] as D['key']]: z.ZodPrefault<
                z.ZodObject<{ [P in D['prompts'][number] as P['key']]: z.ZodDefault<z.ZodString> }>
              >;
            },
          )
          .prefault({}),
        languages: long.default(''),
        migrationHistory: long.default(''),
        familyAndCommunity: long.default(''),
        strengthsAndSupports: long.default(''),
        /** The clinician's private reflection: assumptions to watch, what to learn. */
        humilityReflection: long.default(''),
      })
      .prefault({}),
  });
}

export const intakeSchema = makeIntakeSchema('final');
export const intakeDraftSchema = makeIntakeSchema('draft');

export type Intake = z.output<typeof intakeSchema>;
export type IntakeInput = z.input<typeof intakeSchema>;

/** An intake with every field at its empty value, and the chosen name filled in. */
export function emptyIntake(chosenName = ''): Intake {
  return intakeDraftSchema.parse({ identity: { chosenName } }) as Intake;
}

export const INTAKE_STEPS = [
  { key: 'identity', title: 'Identity and practicalities' },
  { key: 'presenting', title: 'What brings them here' },
  { key: 'history', title: 'History' },
  { key: 'risk', title: 'Risk and safety' },
  { key: 'consent', title: 'Consent' },
  { key: 'fees', title: 'Fees' },
  { key: 'cultural', title: 'Cultural background' },
] as const;
export type IntakeStep = (typeof INTAKE_STEPS)[number]['key'];
