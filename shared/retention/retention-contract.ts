import { z } from 'zod';
import { retentionRule } from '../clients/retention';
import { MAX_PASSPHRASE_LENGTH } from '../vault/passphrase-limits';

const clientId = z.uuid('Unknown client.');

/** The kinds of row a destruction counts, each with the words the screens use for it. */
export const RECORD_KIND_LABELS = {
  notes: 'Progress notes',
  note_addenda: 'Addenda',
  process_notes: 'Process notes',
  note_list_fields: 'Note list entries',
  note_search_rows: 'Search index links',
  notes_fts: 'Search index entries',
  amendment_requests: 'Amendment requests',
  amendment_request_notes: 'Amendment request links to notes',
  risk_reviews: 'Risk reviews',
  measures: 'Outcome measures',
  measure_schedules: 'Measure schedules',
  consent_documents: 'Signed documents',
  consent_waivers: 'Reasons for an intake without consent',
  safety_plan_versions: 'Safety plan versions',
  plan_versions: 'Treatment plan versions',
  goals: 'Goals',
  goal_ratings: 'Goal ratings',
  goal_status_events: 'Goal status changes',
  objective_reviews: 'Objective reviews',
  diagnoses: 'Diagnoses',
  diagnosis_changes: 'Diagnosis history entries',
  intakes: 'Intake',
  intake_drafts: 'Intake drafts',
  client_changes: 'Record history entries',
  client_fees: 'Fee settings',
  client_insurance: 'Insurance details',
  appointments: 'Appointments',
  appointment_reminders: 'Reminders marked sent',
  appointment_series: 'Appointment series',
  invoices: 'Invoices',
  invoice_lines: 'Invoice lines',
  payments: 'Payments',
  clients: 'Client record',
} as const;
export type RecordKindName = keyof typeof RECORD_KIND_LABELS;

export const clientRetention = z.object({
  clientId: z.string(),
  retainUntil: z.string(),
  basis: z.enum(['adult', 'minor']),
  /** The day the date counts from: the last service, or the day the record was opened if none. */
  from: z.string(),
  fromKind: z.enum(['last-service', 'record-opened']),
  dateOfBirth: z.string(),
  rule: retentionRule,
  /** Whether the date has come: the record may be destroyed without an override. */
  due: z.boolean(),
  /** Only a discharged or archived record can be destroyed. */
  closed: z.boolean(),
});

export const pastRetentionItem = z.object({
  id: z.string(),
  chosenName: z.string(),
  status: z.string(),
  from: z.string(),
  retainUntil: z.string(),
});

const counts = z.record(z.string(), z.number());

export const destructionPreview = z.object({
  retention: clientRetention,
  counts,
});

export const destructionEntry = z.object({
  id: z.number(),
  clientId: z.string(),
  destroyedAt: z.string(),
  actor: z.string(),
  retainUntil: z.string(),
  overrideReason: z.string(),
  billing: z.enum(['removed', 'kept']),
  counts,
});

export const destroyRequest = z.strictObject({
  clientId,
  passphrase: z.string().min(1, 'Enter your passphrase.').max(MAX_PASSPHRASE_LENGTH),
  /** Invoices and payments kept for tax, with nothing left that says whose they were. */
  keepBilling: z.boolean(),
  /** Required to destroy before the retention date; empty otherwise. */
  overrideReason: z.string().max(2000).default(''),
});

export const retentionChannels = {
  'retention:rule': { input: z.strictObject({}), output: retentionRule },
  /** Saves the rule; every date shown is worked out from it from now on. */
  'retention:setRule': { input: retentionRule, output: retentionRule },
  'retention:forClient': { input: z.strictObject({ clientId }), output: clientRetention },
  /** Discharged and archived records whose retention date has passed. */
  'retention:past': { input: z.strictObject({}), output: z.array(pastRetentionItem) },
  'retention:preview': { input: z.strictObject({ clientId }), output: destructionPreview },
  'retention:destroy': { input: destroyRequest, output: destructionEntry },
  'retention:destructions': { input: z.strictObject({}), output: z.array(destructionEntry) },
} as const;

export type ClientRetention = z.output<typeof clientRetention>;
export type PastRetentionItem = z.output<typeof pastRetentionItem>;
export type DestructionEntryOutput = z.output<typeof destructionEntry>;
