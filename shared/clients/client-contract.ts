import { z } from 'zod';
import { calendarDate } from '../dates/calendar-date';
import { CLIENT_STATUSES } from './client-status';
import { INTAKE_STEPS, intakeDraftSchema, intakeSchema, LONG, SHORT } from './intake-schema';

const clientId = z.uuid('Unknown client.');
const status = z.enum(CLIENT_STATUSES);

export const clientListItem = z.object({
  id: z.string(),
  chosenName: z.string(),
  legalName: z.string(),
  status,
  intakeComplete: z.boolean(),
  updatedAt: z.string(),
  /** The calendar day of the latest session (note or attended appointment), if any. */
  lastSession: z.string().nullable(),
  /** The UTC instant of the next scheduled appointment, if any. */
  nextAppointmentAt: z.string().nullable(),
});

export const clientRecord = z.object({
  id: z.string(),
  chosenName: z.string(),
  legalName: z.string(),
  status,
  statusDate: z.string().nullable(),
  statusReason: z.string(),
  retainUntil: z.string().nullable(),
  enquiryNote: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  intakeCompletedAt: z.string().nullable(),
  intake: intakeSchema,
  revision: z.number(),
  draft: z
    .object({ data: intakeDraftSchema, step: z.string(), baseRevision: z.number(), savedAt: z.string() })
    .nullable(),
});

export const clientChange = z.object({
  id: z.number(),
  at: z.string(),
  actor: z.string(),
  kind: z.enum(['created', 'intake', 'status']),
  changes: z.array(z.object({ path: z.string(), before: z.unknown(), after: z.unknown() })),
});

export const newEnquiry = z.strictObject({
  chosenName: z
    .string()
    .max(SHORT, 'Keep this under 500 characters.')
    .refine((s) => s.trim().length > 0, 'Enter the name the client goes by.'),
  legalName: z.string().max(SHORT).default(''),
  email: z
    .union([z.literal(''), z.email('That does not look like an email address.').max(SHORT)])
    .default(''),
  phone: z.string().max(SHORT).default(''),
  referralSource: z.string().max(SHORT).default(''),
  note: z.string().max(LONG).default(''),
  /** Someone who got in touch starts as an enquiry; a client whose work starts now starts as active. */
  startAs: z.enum(['enquiry', 'active']).default('enquiry'),
});

export const statusChange = z
  .strictObject({
    id: clientId,
    status,
    date: z.union([z.literal(''), calendarDate]).default(''),
    reason: z.string().max(LONG).default(''),
  })
  .superRefine((value, ctx) => {
    if (value.status === 'discharged' || value.status === 'archived') {
      if (!value.date) ctx.addIssue({ code: 'custom', path: ['date'], message: 'Enter the date.' });
      if (!value.reason.trim())
        ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Enter a reason.' });
    }
  });

export const clientChannels = {
  'clients:list': {
    input: z.strictObject({
      search: z.string().max(200).default(''),
      statuses: z.array(status).max(CLIENT_STATUSES.length).optional(),
      sort: z.enum(['name', 'updated', 'status']).default('name'),
    }),
    output: z.array(clientListItem),
  },
  'clients:createEnquiry': { input: newEnquiry, output: z.object({ id: z.string() }) },
  'clients:get': { input: z.strictObject({ id: clientId }), output: clientRecord },
  'clients:history': { input: z.strictObject({ id: clientId }), output: z.array(clientChange) },
  'clients:changeStatus': { input: statusChange, output: clientRecord },
  'intake:saveDraft': {
    input: z.strictObject({
      clientId,
      step: z.enum(INTAKE_STEPS.map((s) => s.key) as [string, ...string[]]),
      baseRevision: z.number().int().min(0),
      data: intakeDraftSchema,
    }),
    output: z.object({ savedAt: z.string() }),
  },
  'intake:discardDraft': { input: z.strictObject({ clientId }), output: z.null() },
  'intake:save': {
    input: z.strictObject({
      clientId,
      baseRevision: z.number().int().min(0),
      markComplete: z.boolean().default(false),
      /** Why the intake is completed without a signed informed consent, when it is. */
      withoutConsentReason: z.string().trim().max(SHORT, 'Keep this under 500 characters.').default(''),
      data: intakeSchema,
    }),
    output: clientRecord,
  },
} as const;

export type ClientListItem = z.output<typeof clientListItem>;
export type ClientRecord = z.output<typeof clientRecord>;
export type ClientChange = z.output<typeof clientChange>;
export type NewEnquiry = z.input<typeof newEnquiry>;
