import { z } from 'zod';
import { calendarDate } from '../dates/calendar-date';

/** Who holds the policy, as a claim form asks it (the patient's relationship to the insured). */
export const SUBSCRIBER_RELATIONSHIPS = ['self', 'spouse', 'child', 'other'] as const;
export const SUBSCRIBER_RELATIONSHIP_LABELS: Record<(typeof SUBSCRIBER_RELATIONSHIPS)[number], string> = {
  self: 'The client',
  spouse: 'Spouse or partner',
  child: 'Parent (the client is their child)',
  other: 'Someone else',
};

const text = (max: number, tooLong: string) =>
  z
    .string()
    .max(max, tooLong)
    .transform((s) => s.trim());

/**
 * A client's health insurance, as a superbill prints it for their claim. Every field may stay empty
 * (a client who pays themselves); the subscriber's name and birth date matter only when someone
 * else holds the policy.
 */
export const insuranceFields = z.strictObject({
  payer: text(200, 'Keep the insurer’s name under 200 characters.'),
  memberId: text(60, 'A member ID is at most 60 characters.'),
  groupNumber: text(60, 'A group number is at most 60 characters.'),
  relationship: z.enum(SUBSCRIBER_RELATIONSHIPS),
  subscriberName: text(200, 'Keep the name under 200 characters.'),
  subscriberDateOfBirth: z.union([z.literal(''), calendarDate]),
});

export const insurance = z.object({
  payer: z.string(),
  memberId: z.string(),
  groupNumber: z.string(),
  relationship: z.enum(SUBSCRIBER_RELATIONSHIPS),
  subscriberName: z.string(),
  subscriberDateOfBirth: z.string(),
});

export type InsuranceFields = z.input<typeof insuranceFields>;
export type Insurance = z.output<typeof insurance>;

export const NO_INSURANCE: Insurance = {
  payer: '',
  memberId: '',
  groupNumber: '',
  relationship: 'self',
  subscriberName: '',
  subscriberDateOfBirth: '',
};

export const insuranceChannels = {
  'insurance:get': { input: z.strictObject({ clientId: z.uuid('Unknown record.') }), output: insurance },
  /** Replaces the client's insurance details; all empty means none. */
  'insurance:set': {
    input: z.strictObject({ clientId: z.uuid('Unknown record.'), insurance: insuranceFields }),
    output: insurance,
  },
} as const;
