import { AppError } from '../base/app-error';
import type { Db } from './connection';
import { restoreTriggers } from './export';

/*
 * Destroying one client's record: every row of theirs, in every table, children before parents so
 * no foreign key is left pointing at nothing. Each kind has its own fixed statements (a table name
 * cannot be bound); `kindsMissing` finds a table with a client_id that has none, so a table added
 * later cannot be forgotten.
 */
const KINDS = {
  amendment_request_notes: {
    count:
      'SELECT count(*) FROM amendment_request_notes WHERE request_id IN (SELECT id FROM amendment_requests WHERE client_id = ?)',
    remove:
      'DELETE FROM amendment_request_notes WHERE request_id IN (SELECT id FROM amendment_requests WHERE client_id = ?)',
  },
  amendment_requests: {
    count: 'SELECT count(*) FROM amendment_requests WHERE client_id = ?',
    remove: 'DELETE FROM amendment_requests WHERE client_id = ?',
  },
  // A review after a measure names it: the reviews go first.
  risk_reviews: {
    count: 'SELECT count(*) FROM risk_reviews WHERE client_id = ?',
    remove: 'DELETE FROM risk_reviews WHERE client_id = ?',
  },
  measures: {
    count: 'SELECT count(*) FROM measures WHERE client_id = ?',
    remove: 'DELETE FROM measures WHERE client_id = ?',
  },
  measure_schedules: {
    count: 'SELECT count(*) FROM measure_schedules WHERE client_id = ?',
    remove: 'DELETE FROM measure_schedules WHERE client_id = ?',
  },
  consent_documents: {
    count: 'SELECT count(*) FROM consent_documents WHERE client_id = ?',
    remove: 'DELETE FROM consent_documents WHERE client_id = ?',
  },
  consent_waivers: {
    count: 'SELECT count(*) FROM consent_waivers WHERE client_id = ?',
    remove: 'DELETE FROM consent_waivers WHERE client_id = ?',
  },
  notes_fts: {
    count: 'SELECT count(*) FROM notes_fts WHERE client_id = ?',
    remove: 'DELETE FROM notes_fts WHERE client_id = ?',
  },
  note_search_rows: {
    count:
      'SELECT count(*) FROM note_search_rows WHERE note_id IN (SELECT id FROM notes WHERE client_id = ?)',
    remove: 'DELETE FROM note_search_rows WHERE note_id IN (SELECT id FROM notes WHERE client_id = ?)',
  },
  note_list_fields: {
    count:
      'SELECT count(*) FROM note_list_fields WHERE note_id IN (SELECT id FROM notes WHERE client_id = ?)',
    remove: 'DELETE FROM note_list_fields WHERE note_id IN (SELECT id FROM notes WHERE client_id = ?)',
  },
  process_notes: {
    count: 'SELECT count(*) FROM process_notes WHERE note_id IN (SELECT id FROM notes WHERE client_id = ?)',
    remove: 'DELETE FROM process_notes WHERE note_id IN (SELECT id FROM notes WHERE client_id = ?)',
  },
  note_addenda: {
    count: 'SELECT count(*) FROM note_addenda WHERE note_id IN (SELECT id FROM notes WHERE client_id = ?)',
    remove: 'DELETE FROM note_addenda WHERE note_id IN (SELECT id FROM notes WHERE client_id = ?)',
  },
  goal_ratings: {
    count: 'SELECT count(*) FROM goal_ratings WHERE client_id = ?',
    remove: 'DELETE FROM goal_ratings WHERE client_id = ?',
  },
  notes: {
    count: 'SELECT count(*) FROM notes WHERE client_id = ?',
    remove: 'DELETE FROM notes WHERE client_id = ?',
  },
  invoice_lines: {
    count:
      'SELECT count(*) FROM invoice_lines WHERE invoice_id IN (SELECT id FROM invoices WHERE client_id = ?)',
    remove: 'DELETE FROM invoice_lines WHERE invoice_id IN (SELECT id FROM invoices WHERE client_id = ?)',
  },
  payments: {
    count: 'SELECT count(*) FROM payments WHERE client_id = ?',
    remove: 'DELETE FROM payments WHERE client_id = ?',
  },
  invoices: {
    count: 'SELECT count(*) FROM invoices WHERE client_id = ?',
    remove: 'DELETE FROM invoices WHERE client_id = ?',
  },
  appointment_reminders: {
    count:
      'SELECT count(*) FROM appointment_reminders WHERE appointment_id IN (SELECT id FROM appointments WHERE client_id = ?)',
    remove:
      'DELETE FROM appointment_reminders WHERE appointment_id IN (SELECT id FROM appointments WHERE client_id = ?)',
  },
  appointments: {
    count: 'SELECT count(*) FROM appointments WHERE client_id = ?',
    remove: 'DELETE FROM appointments WHERE client_id = ?',
  },
  appointment_series: {
    count: 'SELECT count(*) FROM appointment_series WHERE client_id = ?',
    remove: 'DELETE FROM appointment_series WHERE client_id = ?',
  },
  goals: {
    count:
      'SELECT count(*) FROM goals WHERE version_id IN (SELECT id FROM plan_versions WHERE client_id = ?)',
    remove: 'DELETE FROM goals WHERE version_id IN (SELECT id FROM plan_versions WHERE client_id = ?)',
  },
  plan_versions: {
    count: 'SELECT count(*) FROM plan_versions WHERE client_id = ?',
    remove: 'DELETE FROM plan_versions WHERE client_id = ?',
  },
  goal_status_events: {
    count: 'SELECT count(*) FROM goal_status_events WHERE client_id = ?',
    remove: 'DELETE FROM goal_status_events WHERE client_id = ?',
  },
  objective_reviews: {
    count: 'SELECT count(*) FROM objective_reviews WHERE client_id = ?',
    remove: 'DELETE FROM objective_reviews WHERE client_id = ?',
  },
  diagnosis_changes: {
    count:
      'SELECT count(*) FROM diagnosis_changes WHERE diagnosis_id IN (SELECT id FROM diagnoses WHERE client_id = ?)',
    remove:
      'DELETE FROM diagnosis_changes WHERE diagnosis_id IN (SELECT id FROM diagnoses WHERE client_id = ?)',
  },
  diagnoses: {
    count: 'SELECT count(*) FROM diagnoses WHERE client_id = ?',
    remove: 'DELETE FROM diagnoses WHERE client_id = ?',
  },
  safety_plan_versions: {
    count: 'SELECT count(*) FROM safety_plan_versions WHERE client_id = ?',
    remove: 'DELETE FROM safety_plan_versions WHERE client_id = ?',
  },
  intakes: {
    count: 'SELECT count(*) FROM intakes WHERE client_id = ?',
    remove: 'DELETE FROM intakes WHERE client_id = ?',
  },
  intake_drafts: {
    count: 'SELECT count(*) FROM intake_drafts WHERE client_id = ?',
    remove: 'DELETE FROM intake_drafts WHERE client_id = ?',
  },
  client_changes: {
    count: 'SELECT count(*) FROM client_changes WHERE client_id = ?',
    remove: 'DELETE FROM client_changes WHERE client_id = ?',
  },
  client_fees: {
    count: 'SELECT count(*) FROM client_fees WHERE client_id = ?',
    remove: 'DELETE FROM client_fees WHERE client_id = ?',
  },
  client_insurance: {
    count: 'SELECT count(*) FROM client_insurance WHERE client_id = ?',
    remove: 'DELETE FROM client_insurance WHERE client_id = ?',
  },
  clients: {
    count: 'SELECT count(*) FROM clients WHERE id = ?',
    remove: 'DELETE FROM clients WHERE id = ?',
  },
} as const satisfies Record<string, { count: string; remove: string }>;

export type RecordKind = keyof typeof KINDS;
export const RECORD_KINDS = Object.keys(KINDS) as RecordKind[];

/** What a clinician may keep for tax: the invoices, their lines and the payments, without the client. */
export const BILLING_KINDS: readonly RecordKind[] = ['invoice_lines', 'payments', 'invoices', 'clients'];

/**
 * The guards that refuse deleting what is signed or append-only. A destruction sets them aside for
 * its one transaction and puts them back verbatim; the retention date's own guard is never among them.
 */
const DELETE_GUARDS = {
  amendment_request_notes_decided_kept: 'DROP TRIGGER amendment_request_notes_decided_kept',
  amendment_requests_decided_kept: 'DROP TRIGGER amendment_requests_decided_kept',
  consent_documents_signed_kept: 'DROP TRIGGER consent_documents_signed_kept',
  measures_no_delete: 'DROP TRIGGER measures_no_delete',
  client_changes_no_delete: 'DROP TRIGGER client_changes_no_delete',
  diagnosis_changes_no_delete: 'DROP TRIGGER diagnosis_changes_no_delete',
  goal_ratings_no_delete: 'DROP TRIGGER goal_ratings_no_delete',
  goal_status_no_delete: 'DROP TRIGGER goal_status_no_delete',
  goals_agreed_no_delete: 'DROP TRIGGER goals_agreed_no_delete',
  invoice_lines_kept: 'DROP TRIGGER invoice_lines_kept',
  note_addenda_no_delete: 'DROP TRIGGER note_addenda_no_delete',
  notes_signed_kept: 'DROP TRIGGER notes_signed_kept',
  objective_reviews_no_delete: 'DROP TRIGGER objective_reviews_no_delete',
  plan_versions_agreed_kept: 'DROP TRIGGER plan_versions_agreed_kept',
  risk_reviews_sealed_kept: 'DROP TRIGGER risk_reviews_sealed_kept',
  safety_plan_versions_agreed_kept: 'DROP TRIGGER safety_plan_versions_agreed_kept',
} as const;

/** Tables that name a client_id which no kind removes: the tables a destruction would miss. */
export function kindsMissing(db: Db): string[] {
  const tables = db
    .prepare(
      `SELECT DISTINCT m.name FROM sqlite_schema m JOIN pragma_table_info(m.name) c
       WHERE m.type = 'table' AND c.name = 'client_id' AND m.name <> 'record_destructions' ORDER BY m.name`,
    )
    .pluck()
    .all() as string[];
  return tables.filter((table) => !Object.hasOwn(KINDS, table));
}

export function countRows(db: Db, clientId: string): Record<RecordKind, number> {
  return Object.fromEntries(
    RECORD_KINDS.map((kind) => [kind, db.prepare(KINDS[kind].count).pluck().get(clientId) as number]),
  ) as Record<RecordKind, number>;
}

/** Sets the retention date the clients table's own trigger checks, as just worked out. */
export function storeRetainUntil(db: Db, clientId: string, retainUntil: string): void {
  db.prepare('UPDATE clients SET retain_until = ? WHERE id = ?').run(retainUntil, clientId);
}

export interface DestructionEntry {
  clientId: string;
  destroyedAt: string;
  actor: string;
  retainUntil: string;
  overrideReason: string;
  billing: 'removed' | 'kept';
  counts: Partial<Record<RecordKind, number>>;
}

/** Written first, inside the destruction's transaction: an override's reason is what lets the clients row go. */
export function insertDestruction(db: Db, entry: DestructionEntry): void {
  db.prepare(
    `INSERT INTO record_destructions (client_id, destroyed_at, actor, retain_until, override_reason, billing, counts)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    entry.clientId,
    entry.destroyedAt,
    entry.actor,
    entry.retainUntil,
    entry.overrideReason,
    entry.billing,
    JSON.stringify(entry.counts),
  );
}

export function listDestructions(db: Db): (DestructionEntry & { id: number })[] {
  const rows = db
    .prepare(
      `SELECT id, client_id AS clientId, destroyed_at AS destroyedAt, actor, retain_until AS retainUntil,
         override_reason AS overrideReason, billing, counts
       FROM record_destructions ORDER BY id DESC`,
    )
    .all() as (Omit<DestructionEntry, 'counts'> & { id: number; counts: string })[];
  return rows.map((row) => ({ ...row, counts: JSON.parse(row.counts) as DestructionEntry['counts'] }));
}

/** The client's signed notes: each leaves the audit trail an entry saying it was destroyed, not lost. */
export function signedNoteIds(db: Db, clientId: string): string[] {
  return db
    .prepare('SELECT id FROM notes WHERE client_id = ? AND signed_at IS NOT NULL ORDER BY id')
    .pluck()
    .all(clientId) as string[];
}

export function isDestroyed(db: Db, clientId: string): boolean {
  return db.prepare('SELECT 1 FROM record_destructions WHERE client_id = ?').get(clientId) !== undefined;
}

/**
 * Removes every row of the kinds given, in order. A kept invoice line keeps its date, service and
 * amount but no longer points at the appointment, which goes.
 */
export function removeRows(db: Db, clientId: string, kinds: readonly RecordKind[]): void {
  const guards = db
    .prepare(
      "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND name IN (SELECT value FROM json_each(?))",
    )
    .all(JSON.stringify(Object.keys(DELETE_GUARDS))) as { name: keyof typeof DELETE_GUARDS; sql: string }[];
  if (guards.length !== Object.keys(DELETE_GUARDS).length) {
    throw new AppError('INTERNAL', 'The vault’s guards are not as Rapport made them; nothing was destroyed.');
  }
  for (const guard of guards) db.exec(DELETE_GUARDS[guard.name]);
  if (!kinds.includes('invoice_lines')) detachKeptInvoiceLines(db, clientId);
  for (const kind of RECORD_KINDS) if (kinds.includes(kind)) db.prepare(KINDS[kind].remove).run(clientId);
  restoreTriggers(
    db,
    guards.map((guard) => guard.sql),
  );
  // The search index keeps deleted text in its segments until they are merged: merge them now.
  db.prepare("INSERT INTO notes_fts (notes_fts) VALUES ('optimize')").run();
}

function detachKeptInvoiceLines(db: Db, clientId: string): void {
  const frozen = db
    .prepare("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = 'invoice_lines_frozen'")
    .pluck()
    .get() as string | undefined;
  if (!frozen)
    throw new AppError('INTERNAL', 'The vault’s guards are not as Rapport made them; nothing was destroyed.');
  db.exec('DROP TRIGGER invoice_lines_frozen');
  db.prepare(
    'UPDATE invoice_lines SET appointment_id = NULL WHERE invoice_id IN (SELECT id FROM invoices WHERE client_id = ?)',
  ).run(clientId);
  restoreTriggers(db, [frozen]);
}

/** The row kept invoices point at, emptied of everything that says who the client was. */
export function deidentifyClient(db: Db, clientId: string, at: string): void {
  db.prepare(
    `UPDATE clients SET chosen_name = '', legal_name = '', date_of_birth = '', search_key = '',
       enquiry_note = '', status = 'archived', status_reason = '', intake_completed_at = NULL, updated_at = ?
     WHERE id = ?`,
  ).run(at, clientId);
}
