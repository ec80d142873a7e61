import type { AuditEntryView } from '../../../shared/audit/audit-contract';
import type { LockReason } from '../../../shared/contract';
import { triggerWords } from '../backup/backup-words';
import { dateFormat } from '../../../shared/dates/app-locale';

/*
 * The audit trail in plain words: what each recorded action means, what kind of record it is about,
 * and the choices the filters offer. Entries hold ids and reasons only, never clinical text.
 */

const ACTIONS: Record<string, string> = {
  'vault.created': 'Vault created',
  'vault.unlocked': 'Vault unlocked',
  'vault.recovered': 'Vault opened with the recovery key',
  'custodian.session-started': 'Opened read-only by the records custodian',
  'custodian.session-ended': 'Records custodian’s session ended',
  'vault.locked': 'Vault locked',
  'vault.unlock-failed': 'Wrong passphrase at unlock',
  'vault.passphrase-failed': 'Wrong passphrase while open',
  'vault.passphrase-changed': 'Passphrase changed',
  'vault.restored': 'Vault restored from a backup',
  'vault.exported': 'Whole vault exported',
  'vault.export-cancelled': 'Whole-vault export cancelled (nothing kept)',
  'vault.imported': 'Vault imported',
  'vault.switched-to-import': 'Vault made from an export opened in place of the one before',
  'client.created': 'Client added',
  'client.viewed': 'Client record viewed',
  'client.intake-changed': 'Intake changed',
  'client.status-changed': 'Client status changed',
  'client.diagnoses-changed': 'Diagnosis codes changed (before diagnoses were kept with their history)',
  'client.diagnosis-added': 'Diagnosis recorded',
  'client.diagnosis-changed': 'Diagnosis changed',
  'client.fee-changed': 'Client fee changed',
  'note.created': 'Note started',
  'note.viewed': 'Note viewed',
  'note.signed': 'Note signed',
  'note.addended': 'Addendum added',
  'note.client-feedback': 'Client answered the session feedback',
  'client-mode.started': 'Laptop handed to the client',
  'client-mode.ended': 'Client mode left',
  'client-mode.pin-failed': 'Wrong PIN in client mode',
  'notes.verified': 'Note signatures checked',
  'goals.version-saved': 'Goal plan saved',
  'goals.agreed': 'Goal plan agreed',
  'goals.rated': 'Goal rated',
  'goals.status-changed': 'Goal status changed',
  'goals.objective-reviewed': 'Objective progress recorded',
  'appointment.created': 'Appointment booked',
  'appointment.changed': 'Appointment changed',
  'appointment.attendance': 'Attendance recorded',
  'calendar.exported': 'Calendar exported',
  'invoice.issued': 'Invoice issued',
  'invoice.voided': 'Invoice voided',
  'payment.recorded': 'Payment recorded',
  'backup.created': 'Backup made',
  'audit.exported': 'Audit trail exported',
  'summary.exported': 'Client summary exported',
  'superbill.exported': 'Superbill exported',
  'invoice.exported': 'Invoice exported',
  'receipt.exported': 'Receipt exported',
  'statement.exported': 'Statement exported',
  'record.printed': 'Record printed (progress notes)',
  'contacts.printed': 'Client contact list printed',
  'practice.updated': 'Practice details changed',
  'settings.changed': 'Setting changed',
  'settings.billing-changed': 'Billing settings changed',
  'settings.billing-documents-changed': 'Payment details and tax wording changed',
  'settings.checklist-changed': 'Relationship checklist changed',
  'settings.checklist-groups-changed': 'Relationship checklist groups changed',
  'settings.modalities-changed': 'Therapy approaches changed',
  'settings.fees-changed': 'Fee schedule changed',
};

/** "Note signed"; an action this version does not know is still shown readably ("Widget: made"). */
export function actionWords(action: string): string {
  const known = ACTIONS[action];
  if (known) return known;
  const [subject = action, verb = ''] = action.split('.');
  const words = `${subject}${verb ? `: ${verb}` : ''}`.replace(/[-_]/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const LOCK_REASONS: Record<LockReason, string> = {
  user: 'You locked it',
  idle: 'Not used for a while',
  suspend: 'The computer went to sleep',
  'screen-lock': 'The screen was locked',
  quit: 'Rapport closed',
  damaged: 'Damage was found',
  restore: 'A backup was being restored',
};

const TRIGGER_DETAILS = new Set(['manual', 'daily', 'lock', 'quit', 'command line']);

/** The entry's detail (ids, counts and reasons only), in words where it is a known code. */
export function detailWords(entry: AuditEntryView): string | null {
  const { action, detail } = entry;
  if (detail === null) return null;
  if ((action === 'vault.locked' || action === 'custodian.session-ended') && detail in LOCK_REASONS)
    return LOCK_REASONS[detail as LockReason];
  if (action === 'backup.created' && TRIGGER_DETAILS.has(detail)) {
    return triggerWords(detail as Parameters<typeof triggerWords>[0]);
  }
  return detail;
}

const RECORD_KINDS: Record<string, string> = {
  client: 'Client',
  note: 'Note',
  plan_version: 'Goal plan',
  diagnosis: 'Diagnosis',
  objective_review: 'Objective review',
  invoice: 'Invoice',
  backup: 'Backup',
  vault: 'Vault',
  settings: 'Settings',
};

export function recordKindWords(entity: string): string {
  return RECORD_KINDS[entity] ?? entity.replace(/[-_]/g, ' ');
}

const BACKUP_STAMP = /(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2}\.\d{3})Z/;
const STAMP_WORDS = { dateStyle: 'medium', timeStyle: 'short' } as const;

/**
 * A record's id made readable: a uuid shortened to its first 8 characters, a backup by the moment
 * in its name, a folder by its last part. The whole id is in the export and the element's title.
 */
export function shortId(entity: string, id: string): string {
  if (/^[0-9a-f]{8}-[0-9a-f-]{27}$/i.test(id)) return id.slice(0, 8);
  if (entity === 'backup') {
    const stamp = BACKUP_STAMP.exec(id);
    if (stamp)
      return dateFormat(STAMP_WORDS).format(new Date(`${stamp[1]}T${stamp[2]}:${stamp[3]}:${stamp[4]}Z`));
    return id.split(/[\\/]/).filter(Boolean).at(-1) ?? id;
  }
  return id;
}

export interface FilterOption {
  id: string;
  label: string;
}

export const ANY = 'any';

/** Kinds of action, by the prefix they share; a full action name is a prefix of itself. */
export const ACTION_FILTERS: readonly FilterOption[] = [
  { id: ANY, label: 'Any action' },
  { id: 'vault.', label: 'Vault opened, locked or restored' },
  { id: 'vault.unlock-failed', label: 'Wrong passphrases' },
  { id: 'client.viewed', label: 'Client records viewed' },
  { id: 'client.', label: 'Anything about clients' },
  { id: 'note.viewed', label: 'Notes viewed' },
  { id: 'note.signed', label: 'Notes signed' },
  { id: 'note.', label: 'Anything about notes' },
  { id: 'goals.', label: 'Goal plans' },
  { id: 'appointment.', label: 'Appointments' },
  { id: 'invoice.', label: 'Invoices' },
  { id: 'payment.', label: 'Payments' },
  { id: 'backup.', label: 'Backups made' },
  { id: 'settings.', label: 'Settings changed' },
];

export const RECORD_FILTERS: readonly FilterOption[] = [
  { id: ANY, label: 'Any record' },
  ...Object.entries(RECORD_KINDS).map(([id, label]) => ({ id, label })),
];
