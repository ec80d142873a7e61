import type { ExportColumn, ExportValue } from '../../../shared/export/export-format';
import { AppError } from '../base/app-error';
import { openSchemaScratch, type Db } from './connection';
import { migrate } from './migrate';

/*
 * The SQL of the open export and import. Every statement is written out in full: table names
 * cannot be bound, so each table and trigger has its own fixed statements below, and
 * tests/unit/no-string-sql.test.ts fails when a migration adds, drops or changes a table or
 * trigger these do not match. Names read from the catalogue or an import file only ever pick
 * one of these statements; they never become SQL.
 */

/**
 * Per table the export and import reads or writes (the record tables and the search index, whose
 * shadow tables SQLite fills itself): its rows in the order they were written, emptying it, and
 * putting one row back with every column named.
 */
export const TABLE_SQL = {
  amendment_request_notes: {
    rows: 'SELECT * FROM amendment_request_notes ORDER BY rowid',
    clear: 'DELETE FROM amendment_request_notes',
    insert: `INSERT INTO amendment_request_notes (request_id, note_id, addendum_id)
       VALUES (@request_id, @note_id, @addendum_id)`,
  },
  amendment_requests: {
    rows: 'SELECT * FROM amendment_requests ORDER BY rowid',
    clear: 'DELETE FROM amendment_requests',
    insert: `INSERT INTO amendment_requests (id, client_id, received_on, record_part, requested_change,
        reason, extended_on, extension_reason, client_told_on, decision, decided_on, denial_reason,
        disagreement, disagreement_on, rebuttal, created_at, updated_at, rebuttal_on)
       VALUES (@id, @client_id, @received_on, @record_part, @requested_change, @reason, @extended_on,
        @extension_reason, @client_told_on, @decision, @decided_on, @denial_reason, @disagreement,
        @disagreement_on, @rebuttal, @created_at, @updated_at, @rebuttal_on)`,
  },
  appointment_series: {
    rows: 'SELECT * FROM appointment_series ORDER BY rowid',
    clear: 'DELETE FROM appointment_series',
    insert: `INSERT INTO appointment_series (id, client_id, every_weeks, created_at)
       VALUES (@id, @client_id, @every_weeks, @created_at)`,
  },
  appointment_reminders: {
    rows: 'SELECT * FROM appointment_reminders ORDER BY rowid',
    clear: 'DELETE FROM appointment_reminders',
    insert: `INSERT INTO appointment_reminders (appointment_id, sent_at)
       VALUES (@appointment_id, @sent_at)`,
  },
  appointments: {
    rows: 'SELECT * FROM appointments ORDER BY rowid',
    clear: 'DELETE FROM appointments',
    insert: `INSERT INTO appointments (id, client_id, series_id, starts_at, local_date, local_time,
        time_zone, duration_minutes, modality, location, service_id, status, status_reason, created_at,
        updated_at)
       VALUES (@id, @client_id, @series_id, @starts_at, @local_date, @local_time, @time_zone,
        @duration_minutes, @modality, @location, @service_id, @status, @status_reason, @created_at,
        @updated_at)`,
  },
  audit_log: {
    rows: 'SELECT * FROM audit_log ORDER BY rowid',
    clear: 'DELETE FROM audit_log',
    insert: `INSERT INTO audit_log (id, at, action, entity, entity_id, detail, prev_hash, hash, actor)
       VALUES (@id, @at, @action, @entity, @entity_id, @detail, @prev_hash, @hash, @actor)`,
  },
  checklist_groups: {
    rows: 'SELECT * FROM checklist_groups ORDER BY rowid',
    clear: 'DELETE FROM checklist_groups',
    insert: `INSERT INTO checklist_groups (key, title, position, active, origin)
       VALUES (@key, @title, @position, @active, @origin)`,
  },
  checklist_items: {
    rows: 'SELECT * FROM checklist_items ORDER BY rowid',
    clear: 'DELETE FROM checklist_items',
    insert: `INSERT INTO checklist_items (id, group_key, text, position, active)
       VALUES (@id, @group_key, @text, @position, @active)`,
  },
  client_changes: {
    rows: 'SELECT * FROM client_changes ORDER BY rowid',
    clear: 'DELETE FROM client_changes',
    insert: `INSERT INTO client_changes (id, client_id, at, actor, kind, changes)
       VALUES (@id, @client_id, @at, @actor, @kind, @changes)`,
  },
  client_fees: {
    rows: 'SELECT * FROM client_fees ORDER BY rowid',
    clear: 'DELETE FROM client_fees',
    insert: `INSERT INTO client_fees (client_id, service_id, price_minor, sliding_scale_percent, note)
       VALUES (@client_id, @service_id, @price_minor, @sliding_scale_percent, @note)`,
  },
  client_insurance: {
    rows: 'SELECT * FROM client_insurance ORDER BY rowid',
    clear: 'DELETE FROM client_insurance',
    insert: `INSERT INTO client_insurance (client_id, payer, member_id, group_number, relationship,
        subscriber_name, subscriber_date_of_birth)
       VALUES (@client_id, @payer, @member_id, @group_number, @relationship, @subscriber_name,
        @subscriber_date_of_birth)`,
  },
  consent_documents: {
    rows: 'SELECT * FROM consent_documents ORDER BY rowid',
    clear: 'DELETE FROM consent_documents',
    insert: `INSERT INTO consent_documents (id, client_id, template_id, kind, template_number, title, text,
        recipient, expires_on, signed_on, method, signer_name, signature, scan_type, scan, recorded_at)
       VALUES (@id, @client_id, @template_id, @kind, @template_number, @title, @text, @recipient,
        @expires_on, @signed_on, @method, @signer_name, @signature, @scan_type, @scan, @recorded_at)`,
  },
  consent_template_versions: {
    rows: 'SELECT * FROM consent_template_versions ORDER BY rowid',
    clear: 'DELETE FROM consent_template_versions',
    insert: `INSERT INTO consent_template_versions (id, kind, number, title, body, created_at)
       VALUES (@id, @kind, @number, @title, @body, @created_at)`,
  },
  consent_waivers: {
    rows: 'SELECT * FROM consent_waivers ORDER BY rowid',
    clear: 'DELETE FROM consent_waivers',
    insert: `INSERT INTO consent_waivers (client_id, reason, recorded_at)
       VALUES (@client_id, @reason, @recorded_at)`,
  },
  diagnoses: {
    rows: 'SELECT * FROM diagnoses ORDER BY rowid',
    clear: 'DELETE FROM diagnoses',
    insert: `INSERT INTO diagnoses (id, client_id, system, code, title, rank, status, made_on,
        resolved_on, made_by, note, position, created_at, updated_at)
       VALUES (@id, @client_id, @system, @code, @title, @rank, @status, @made_on, @resolved_on,
        @made_by, @note, @position, @created_at, @updated_at)`,
  },
  diagnosis_changes: {
    rows: 'SELECT * FROM diagnosis_changes ORDER BY rowid',
    clear: 'DELETE FROM diagnosis_changes',
    insert: `INSERT INTO diagnosis_changes (id, diagnosis_id, at, actor, kind, changes)
       VALUES (@id, @diagnosis_id, @at, @actor, @kind, @changes)`,
  },
  clients: {
    rows: 'SELECT * FROM clients ORDER BY rowid',
    clear: 'DELETE FROM clients',
    insert: `INSERT INTO clients (id, chosen_name, legal_name, date_of_birth, search_key, enquiry_note,
        status, status_date, status_reason, retain_until, intake_completed_at, created_at, updated_at)
       VALUES (@id, @chosen_name, @legal_name, @date_of_birth, @search_key, @enquiry_note, @status,
        @status_date, @status_reason, @retain_until, @intake_completed_at, @created_at, @updated_at)`,
  },
  goal_ratings: {
    rows: 'SELECT * FROM goal_ratings ORDER BY rowid',
    clear: 'DELETE FROM goal_ratings',
    insert: `INSERT INTO goal_ratings (id, client_id, goal_key, rater, level, rated_on, comment,
        note_id, recorded_at)
       VALUES (@id, @client_id, @goal_key, @rater, @level, @rated_on, @comment, @note_id, @recorded_at)`,
  },
  goal_status_events: {
    rows: 'SELECT * FROM goal_status_events ORDER BY rowid',
    clear: 'DELETE FROM goal_status_events',
    insert: `INSERT INTO goal_status_events (id, client_id, goal_key, status, reason, date, recorded_at)
       VALUES (@id, @client_id, @goal_key, @status, @reason, @date, @recorded_at)`,
  },
  goals: {
    rows: 'SELECT * FROM goals ORDER BY rowid',
    clear: 'DELETE FROM goals',
    insert: `INSERT INTO goals (id, version_id, goal_key, position, client_words, clinician_framing,
        why_it_matters, linked_concern, strengths, steps, target_date, weight, levels, baseline, objectives,
        interventions)
       VALUES (@id, @version_id, @goal_key, @position, @client_words, @clinician_framing,
        @why_it_matters, @linked_concern, @strengths, @steps, @target_date, @weight, @levels, @baseline,
        @objectives, @interventions)`,
  },
  intake_drafts: {
    rows: 'SELECT * FROM intake_drafts ORDER BY rowid',
    clear: 'DELETE FROM intake_drafts',
    insert: `INSERT INTO intake_drafts (client_id, data, step, base_revision, saved_at)
       VALUES (@client_id, @data, @step, @base_revision, @saved_at)`,
  },
  intakes: {
    rows: 'SELECT * FROM intakes ORDER BY rowid',
    clear: 'DELETE FROM intakes',
    insert: `INSERT INTO intakes (client_id, data, revision, updated_at)
       VALUES (@client_id, @data, @revision, @updated_at)`,
  },
  invoice_lines: {
    rows: 'SELECT * FROM invoice_lines ORDER BY rowid',
    clear: 'DELETE FROM invoice_lines',
    insert: `INSERT INTO invoice_lines (id, invoice_id, appointment_id, service_date, description, code,
        amount_minor)
       VALUES (@id, @invoice_id, @appointment_id, @service_date, @description, @code, @amount_minor)`,
  },
  invoices: {
    rows: 'SELECT * FROM invoices ORDER BY rowid',
    clear: 'DELETE FROM invoices',
    insert: `INSERT INTO invoices (id, number, client_id, issued_on, due_on, currency, status,
        void_reason, created_at)
       VALUES (@id, @number, @client_id, @issued_on, @due_on, @currency, @status, @void_reason,
        @created_at)`,
  },
  measure_schedules: {
    rows: 'SELECT * FROM measure_schedules ORDER BY rowid',
    clear: 'DELETE FROM measure_schedules',
    insert: `INSERT INTO measure_schedules (client_id, instrument_id, cadence, start_on, active, updated_at)
       VALUES (@client_id, @instrument_id, @cadence, @start_on, @active, @updated_at)`,
  },
  measures: {
    rows: 'SELECT * FROM measures ORDER BY rowid',
    clear: 'DELETE FROM measures',
    insert: `INSERT INTO measures (id, client_id, instrument_id, instrument_version, answers, total, band,
        risk_raised, completed_on, completed_by, recorded_at, recorded_by, note_id, supersedes_id,
        correction_reason)
       VALUES (@id, @client_id, @instrument_id, @instrument_version, @answers, @total, @band,
        @risk_raised, @completed_on, @completed_by, @recorded_at, @recorded_by, @note_id, @supersedes_id,
        @correction_reason)`,
  },
  note_addenda: {
    rows: 'SELECT * FROM note_addenda ORDER BY rowid',
    clear: 'DELETE FROM note_addenda',
    insert: `INSERT INTO note_addenda (id, note_id, body, signed_at, content_hash, signature_version, signed_by)
       VALUES (@id, @note_id, @body, @signed_at, @content_hash, @signature_version, @signed_by)`,
  },
  note_list_fields: {
    rows: 'SELECT * FROM note_list_fields ORDER BY rowid',
    clear: 'DELETE FROM note_list_fields',
    insert: `INSERT INTO note_list_fields (note_id, preview, checklist_score, feedback_form, feedback_score,
         rupture_count, rupture_kind, rupture_open)
       VALUES (@note_id, @preview, @checklist_score, @feedback_form, @feedback_score, @rupture_count,
         @rupture_kind, @rupture_open)`,
  },
  note_search_rows: {
    rows: 'SELECT * FROM note_search_rows ORDER BY rowid',
    clear: 'DELETE FROM note_search_rows',
    insert: 'INSERT INTO note_search_rows (fts_rowid, note_id) VALUES (@fts_rowid, @note_id)',
  },
  notes: {
    rows: 'SELECT * FROM notes ORDER BY rowid',
    clear: 'DELETE FROM notes',
    insert: `INSERT INTO notes (id, client_id, appointment_id, session_date, start_time, end_time,
        modality, attendees, format, body, goal_work, checklist, feedback, rupture, created_at,
        updated_at, signed_at, content_hash, signature_version, signed_by)
       VALUES (@id, @client_id, @appointment_id, @session_date, @start_time, @end_time, @modality,
        @attendees, @format, @body, @goal_work, @checklist, @feedback, @rupture, @created_at,
        @updated_at, @signed_at, @content_hash, @signature_version, @signed_by)`,
  },
  notes_fts: {
    rows: 'SELECT * FROM notes_fts ORDER BY rowid',
    clear: 'DELETE FROM notes_fts',
    insert: 'INSERT INTO notes_fts (note_id, client_id, text) VALUES (@note_id, @client_id, @text)',
  },
  objective_reviews: {
    rows: 'SELECT * FROM objective_reviews ORDER BY rowid',
    clear: 'DELETE FROM objective_reviews',
    insert: `INSERT INTO objective_reviews (id, client_id, goal_key, objective_key, progress, note,
        reviewed_on, recorded_at)
       VALUES (@id, @client_id, @goal_key, @objective_key, @progress, @note, @reviewed_on, @recorded_at)`,
  },
  payments: {
    rows: 'SELECT * FROM payments ORDER BY rowid',
    clear: 'DELETE FROM payments',
    insert: `INSERT INTO payments (id, client_id, invoice_id, received_on, amount_minor, currency,
        method, reference, created_at)
       VALUES (@id, @client_id, @invoice_id, @received_on, @amount_minor, @currency, @method,
        @reference, @created_at)`,
  },
  plan_versions: {
    rows: 'SELECT * FROM plan_versions ORDER BY rowid',
    clear: 'DELETE FROM plan_versions',
    insert: `INSERT INTO plan_versions (id, client_id, number, created_at, review_date, agreed_on,
        agreement_method, agreement_typed_name, agreement_signature, agreement_recorded_at,
        session_frequency, session_minutes, expected_weeks, involved)
       VALUES (@id, @client_id, @number, @created_at, @review_date, @agreed_on, @agreement_method,
        @agreement_typed_name, @agreement_signature, @agreement_recorded_at, @session_frequency,
        @session_minutes, @expected_weeks, @involved)`,
  },
  process_notes: {
    rows: 'SELECT * FROM process_notes ORDER BY rowid',
    clear: 'DELETE FROM process_notes',
    insert: 'INSERT INTO process_notes (note_id, body, updated_at) VALUES (@note_id, @body, @updated_at)',
  },
  record_destructions: {
    rows: 'SELECT * FROM record_destructions ORDER BY rowid',
    clear: 'DELETE FROM record_destructions',
    insert: `INSERT INTO record_destructions (id, client_id, destroyed_at, actor, retain_until,
        override_reason, billing, counts)
       VALUES (@id, @client_id, @destroyed_at, @actor, @retain_until, @override_reason, @billing, @counts)`,
  },
  risk_reviews: {
    rows: 'SELECT * FROM risk_reviews ORDER BY rowid',
    clear: 'DELETE FROM risk_reviews',
    insert: `INSERT INTO risk_reviews (id, client_id, source, note_id, measure_id, reviewed_on,
        suicidal_thoughts, intent, plan, means, past_attempts, self_harm, harm_to_others,
        harm_from_others, protective_factors, judgement, reasons, actions, recorded_at, recorded_by,
        updated_at)
       VALUES (@id, @client_id, @source, @note_id, @measure_id, @reviewed_on, @suicidal_thoughts,
        @intent, @plan, @means, @past_attempts, @self_harm, @harm_to_others, @harm_from_others,
        @protective_factors, @judgement, @reasons, @actions, @recorded_at, @recorded_by, @updated_at)`,
  },
  safety_plan_versions: {
    rows: 'SELECT * FROM safety_plan_versions ORDER BY rowid',
    clear: 'DELETE FROM safety_plan_versions',
    insert: `INSERT INTO safety_plan_versions (id, client_id, number, created_at, updated_at, sections,
        agreed_on, agreement_method, agreement_typed_name, agreement_signature, agreement_recorded_at)
       VALUES (@id, @client_id, @number, @created_at, @updated_at, @sections, @agreed_on,
        @agreement_method, @agreement_typed_name, @agreement_signature, @agreement_recorded_at)`,
  },
  services: {
    rows: 'SELECT * FROM services ORDER BY rowid',
    clear: 'DELETE FROM services',
    insert: `INSERT INTO services (id, name, code, duration_minutes, price_minor, active, position)
       VALUES (@id, @name, @code, @duration_minutes, @price_minor, @active, @position)`,
  },
  settings: {
    rows: 'SELECT * FROM settings ORDER BY rowid',
    clear: 'DELETE FROM settings',
    insert: 'INSERT INTO settings (key, value) VALUES (@key, @value)',
  },
} as const satisfies Record<string, { rows: string; clear: string; insert: string }>;

/** The guards that a bulk load sets aside for a moment (they refuse rows going in as they were). */
export const DROP_TRIGGER_SQL = {
  amendment_request_notes_decided_frozen: 'DROP TRIGGER amendment_request_notes_decided_frozen',
  amendment_request_notes_decided_kept: 'DROP TRIGGER amendment_request_notes_decided_kept',
  amendment_request_notes_decided_no_insert: 'DROP TRIGGER amendment_request_notes_decided_no_insert',
  amendment_requests_decided_frozen: 'DROP TRIGGER amendment_requests_decided_frozen',
  amendment_requests_decided_kept: 'DROP TRIGGER amendment_requests_decided_kept',
  audit_log_chained: 'DROP TRIGGER audit_log_chained',
  audit_log_no_delete: 'DROP TRIGGER audit_log_no_delete',
  audit_log_no_update: 'DROP TRIGGER audit_log_no_update',
  client_changes_no_delete: 'DROP TRIGGER client_changes_no_delete',
  client_changes_no_update: 'DROP TRIGGER client_changes_no_update',
  clients_kept_until_retention: 'DROP TRIGGER clients_kept_until_retention',
  consent_documents_signed_frozen: 'DROP TRIGGER consent_documents_signed_frozen',
  consent_documents_signed_kept: 'DROP TRIGGER consent_documents_signed_kept',
  consent_template_versions_no_delete: 'DROP TRIGGER consent_template_versions_no_delete',
  consent_template_versions_no_update: 'DROP TRIGGER consent_template_versions_no_update',
  diagnosis_changes_no_delete: 'DROP TRIGGER diagnosis_changes_no_delete',
  diagnosis_changes_no_update: 'DROP TRIGGER diagnosis_changes_no_update',
  goal_ratings_no_delete: 'DROP TRIGGER goal_ratings_no_delete',
  goal_ratings_no_update: 'DROP TRIGGER goal_ratings_no_update',
  goal_status_no_delete: 'DROP TRIGGER goal_status_no_delete',
  goal_status_no_update: 'DROP TRIGGER goal_status_no_update',
  goals_agreed_no_delete: 'DROP TRIGGER goals_agreed_no_delete',
  goals_agreed_no_insert: 'DROP TRIGGER goals_agreed_no_insert',
  goals_agreed_no_update: 'DROP TRIGGER goals_agreed_no_update',
  invoice_lines_frozen: 'DROP TRIGGER invoice_lines_frozen',
  invoice_lines_kept: 'DROP TRIGGER invoice_lines_kept',
  measures_no_delete: 'DROP TRIGGER measures_no_delete',
  measures_no_update: 'DROP TRIGGER measures_no_update',
  measures_supersede_same: 'DROP TRIGGER measures_supersede_same',
  note_addenda_no_delete: 'DROP TRIGGER note_addenda_no_delete',
  note_addenda_no_update: 'DROP TRIGGER note_addenda_no_update',
  note_addenda_only_signed_notes: 'DROP TRIGGER note_addenda_only_signed_notes',
  notes_client_feedback_kept: 'DROP TRIGGER notes_client_feedback_kept',
  notes_signed_frozen: 'DROP TRIGGER notes_signed_frozen',
  notes_signed_kept: 'DROP TRIGGER notes_signed_kept',
  objective_reviews_no_delete: 'DROP TRIGGER objective_reviews_no_delete',
  objective_reviews_no_update: 'DROP TRIGGER objective_reviews_no_update',
  plan_versions_agreed_frozen: 'DROP TRIGGER plan_versions_agreed_frozen',
  plan_versions_agreed_kept: 'DROP TRIGGER plan_versions_agreed_kept',
  record_destructions_no_delete: 'DROP TRIGGER record_destructions_no_delete',
  record_destructions_no_update: 'DROP TRIGGER record_destructions_no_update',
  risk_reviews_measure_same_client: 'DROP TRIGGER risk_reviews_measure_same_client',
  risk_reviews_sealed_frozen: 'DROP TRIGGER risk_reviews_sealed_frozen',
  risk_reviews_sealed_kept: 'DROP TRIGGER risk_reviews_sealed_kept',
  safety_plan_versions_agreed_frozen: 'DROP TRIGGER safety_plan_versions_agreed_frozen',
  safety_plan_versions_agreed_kept: 'DROP TRIGGER safety_plan_versions_agreed_kept',
} as const satisfies Record<string, string>;

function known(table: string): keyof typeof TABLE_SQL {
  if (!Object.hasOwn(TABLE_SQL, table)) {
    throw new AppError('INTERNAL', `Rapport has no export statements for the table ${table}.`);
  }
  return table as keyof typeof TABLE_SQL;
}

export interface TableShape {
  name: string;
  /** A virtual table: the full-text search index. */
  virtual: boolean;
  columns: ExportColumn[];
}

/** Ordinary and search tables, not SQLite's own nor the search index's shadow tables. */
export function tableShapes(db: Db): TableShape[] {
  const tables = db
    .prepare(
      "SELECT l.name, l.type, m.sql FROM pragma_table_list l JOIN sqlite_schema m ON m.name = l.name WHERE l.schema = 'main' AND l.type IN ('table', 'virtual') AND l.name NOT LIKE 'sqlite_%' ORDER BY l.name",
    )
    .all() as { name: string; type: string; sql: string }[];
  const info = db.prepare(
    'SELECT name, type, "notnull" AS required, pk FROM pragma_table_info(?) ORDER BY cid',
  );
  return tables.map((table) => {
    const json = new Set([...table.sql.matchAll(/json_valid\s*\(\s*"?(\w+)"?\s*\)/g)].map((m) => m[1]));
    const columns = (
      info.all(table.name) as { name: string; type: string; required: number; pk: number }[]
    ).map((c) => ({
      name: c.name,
      type: c.type,
      notNull: c.required === 1,
      primaryKey: c.pk > 0,
      json: json.has(c.name),
    }));
    return { name: table.name, virtual: table.type === 'virtual', columns };
  });
}

/** Rows in the order they were written, one at a time (a notes table can be large). */
export function iterateRows(db: Db, table: string): IterableIterator<Record<string, ExportValue>> {
  return db.prepare(TABLE_SQL[known(table)].rows).iterate() as IterableIterator<Record<string, ExportValue>>;
}

export function deleteAllRows(db: Db, table: string): void {
  db.prepare(TABLE_SQL[known(table)].clear).run();
}

/**
 * Prepares the insert of one table's rows and returns the function that puts one row in.
 * `columns` are the table's own, all of them; a value a row does not give goes in as null.
 */
export function rowInserter(
  db: Db,
  table: string,
  columns: readonly string[],
): (row: Readonly<Record<string, ExportValue>>) => void {
  const insert = db.prepare(TABLE_SQL[known(table)].insert);
  return (row) => {
    insert.run(Object.fromEntries(columns.map((column) => [column, row[column] ?? null])));
  };
}

/** Takes the triggers out for a bulk load, returning the SQL SQLite stored for each, to put them back. */
export function dropTriggers(db: Db): string[] {
  const triggers = db
    .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY name")
    .all() as { name: string; sql: string }[];
  for (const trigger of triggers) {
    if (!Object.hasOwn(DROP_TRIGGER_SQL, trigger.name)) {
      throw new AppError('INTERNAL', `Rapport has no statement to set aside the trigger ${trigger.name}.`);
    }
    db.exec(DROP_TRIGGER_SQL[trigger.name as keyof typeof DROP_TRIGGER_SQL]);
  }
  return triggers.map((trigger) => trigger.sql);
}

/** Puts back, verbatim, the CREATE TRIGGER text SQLite itself stored (from dropTriggers). */
export function restoreTriggers(db: Db, sql: readonly string[]): void {
  for (const storedTriggerSql of sql) db.exec(storedTriggerSql);
}

/** Records that point at records that do not exist: per table and the table it points into, how many and the first. */
export function foreignKeyProblems(
  db: Db,
): { table: string; parent: string; rows: number; firstRowid: number }[] {
  return db
    .prepare(
      'SELECT "table", parent, count(*) AS rows, min("rowid") AS firstRowid FROM pragma_foreign_key_check GROUP BY "table", parent ORDER BY "table", parent',
    )
    .all() as { table: string; parent: string; rows: number; firstRowid: number }[];
}

/**
 * The tables of this Rapport's schema, from a migrated database in memory: what an import may
 * hold, known before a vault is made for it. Nothing is stored in it, so it needs no key.
 */
export function currentTableShapes(): TableShape[] {
  const db = openSchemaScratch();
  try {
    migrate(db);
    return tableShapes(db);
  } finally {
    db.close();
  }
}
