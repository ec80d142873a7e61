import { createOwnerOnlyFile } from '../base/owner-only';
import type { Db } from './connection';

/*
 * The SQL of backups. Schema and table names cannot be bound, so every statement is written out
 * in full, once for the open vault (main) and once for a backup attached beside it: a table name
 * read from SQLite's catalogue only picks one of the statements below. tests/unit/no-string-sql.test.ts
 * fails when a migration adds or drops a table they do not cover.
 */

/** The name a backup is attached under while it is checked or read (written out in the SQL below). */
export const CHECK_SCHEMA = 'backup_check';

/** The open vault, or a backup attached to its connection for checking. */
export type CountedSchema = 'main' | typeof CHECK_SCHEMA;

/** Counting each record table's rows, in the vault and in an attached backup. */
export const COUNT_SQL = {
  amendment_request_notes: {
    main: 'SELECT count(*) FROM main.amendment_request_notes',
    backup: 'SELECT count(*) FROM backup_check.amendment_request_notes',
  },
  amendment_requests: {
    main: 'SELECT count(*) FROM main.amendment_requests',
    backup: 'SELECT count(*) FROM backup_check.amendment_requests',
  },
  appointment_reminders: {
    main: 'SELECT count(*) FROM main.appointment_reminders',
    backup: 'SELECT count(*) FROM backup_check.appointment_reminders',
  },
  appointment_series: {
    main: 'SELECT count(*) FROM main.appointment_series',
    backup: 'SELECT count(*) FROM backup_check.appointment_series',
  },
  appointments: {
    main: 'SELECT count(*) FROM main.appointments',
    backup: 'SELECT count(*) FROM backup_check.appointments',
  },
  audit_log: {
    main: 'SELECT count(*) FROM main.audit_log',
    backup: 'SELECT count(*) FROM backup_check.audit_log',
  },
  checklist_groups: {
    main: 'SELECT count(*) FROM main.checklist_groups',
    backup: 'SELECT count(*) FROM backup_check.checklist_groups',
  },
  checklist_items: {
    main: 'SELECT count(*) FROM main.checklist_items',
    backup: 'SELECT count(*) FROM backup_check.checklist_items',
  },
  client_changes: {
    main: 'SELECT count(*) FROM main.client_changes',
    backup: 'SELECT count(*) FROM backup_check.client_changes',
  },
  client_fees: {
    main: 'SELECT count(*) FROM main.client_fees',
    backup: 'SELECT count(*) FROM backup_check.client_fees',
  },
  client_insurance: {
    main: 'SELECT count(*) FROM main.client_insurance',
    backup: 'SELECT count(*) FROM backup_check.client_insurance',
  },
  clients: {
    main: 'SELECT count(*) FROM main.clients',
    backup: 'SELECT count(*) FROM backup_check.clients',
  },
  consent_documents: {
    main: 'SELECT count(*) FROM main.consent_documents',
    backup: 'SELECT count(*) FROM backup_check.consent_documents',
  },
  consent_template_versions: {
    main: 'SELECT count(*) FROM main.consent_template_versions',
    backup: 'SELECT count(*) FROM backup_check.consent_template_versions',
  },
  consent_waivers: {
    main: 'SELECT count(*) FROM main.consent_waivers',
    backup: 'SELECT count(*) FROM backup_check.consent_waivers',
  },
  diagnoses: {
    main: 'SELECT count(*) FROM main.diagnoses',
    backup: 'SELECT count(*) FROM backup_check.diagnoses',
  },
  diagnosis_changes: {
    main: 'SELECT count(*) FROM main.diagnosis_changes',
    backup: 'SELECT count(*) FROM backup_check.diagnosis_changes',
  },
  goal_ratings: {
    main: 'SELECT count(*) FROM main.goal_ratings',
    backup: 'SELECT count(*) FROM backup_check.goal_ratings',
  },
  goal_status_events: {
    main: 'SELECT count(*) FROM main.goal_status_events',
    backup: 'SELECT count(*) FROM backup_check.goal_status_events',
  },
  goals: {
    main: 'SELECT count(*) FROM main.goals',
    backup: 'SELECT count(*) FROM backup_check.goals',
  },
  intake_drafts: {
    main: 'SELECT count(*) FROM main.intake_drafts',
    backup: 'SELECT count(*) FROM backup_check.intake_drafts',
  },
  intakes: {
    main: 'SELECT count(*) FROM main.intakes',
    backup: 'SELECT count(*) FROM backup_check.intakes',
  },
  invoice_lines: {
    main: 'SELECT count(*) FROM main.invoice_lines',
    backup: 'SELECT count(*) FROM backup_check.invoice_lines',
  },
  invoices: {
    main: 'SELECT count(*) FROM main.invoices',
    backup: 'SELECT count(*) FROM backup_check.invoices',
  },
  measure_schedules: {
    main: 'SELECT count(*) FROM main.measure_schedules',
    backup: 'SELECT count(*) FROM backup_check.measure_schedules',
  },
  measures: {
    main: 'SELECT count(*) FROM main.measures',
    backup: 'SELECT count(*) FROM backup_check.measures',
  },
  note_addenda: {
    main: 'SELECT count(*) FROM main.note_addenda',
    backup: 'SELECT count(*) FROM backup_check.note_addenda',
  },
  note_list_fields: {
    main: 'SELECT count(*) FROM main.note_list_fields',
    backup: 'SELECT count(*) FROM backup_check.note_list_fields',
  },
  note_search_rows: {
    main: 'SELECT count(*) FROM main.note_search_rows',
    backup: 'SELECT count(*) FROM backup_check.note_search_rows',
  },
  notes: {
    main: 'SELECT count(*) FROM main.notes',
    backup: 'SELECT count(*) FROM backup_check.notes',
  },
  objective_reviews: {
    main: 'SELECT count(*) FROM main.objective_reviews',
    backup: 'SELECT count(*) FROM backup_check.objective_reviews',
  },
  payments: {
    main: 'SELECT count(*) FROM main.payments',
    backup: 'SELECT count(*) FROM backup_check.payments',
  },
  plan_versions: {
    main: 'SELECT count(*) FROM main.plan_versions',
    backup: 'SELECT count(*) FROM backup_check.plan_versions',
  },
  process_notes: {
    main: 'SELECT count(*) FROM main.process_notes',
    backup: 'SELECT count(*) FROM backup_check.process_notes',
  },
  record_destructions: {
    main: 'SELECT count(*) FROM main.record_destructions',
    backup: 'SELECT count(*) FROM backup_check.record_destructions',
  },
  risk_reviews: {
    main: 'SELECT count(*) FROM main.risk_reviews',
    backup: 'SELECT count(*) FROM backup_check.risk_reviews',
  },
  safety_plan_versions: {
    main: 'SELECT count(*) FROM main.safety_plan_versions',
    backup: 'SELECT count(*) FROM backup_check.safety_plan_versions',
  },
  services: {
    main: 'SELECT count(*) FROM main.services',
    backup: 'SELECT count(*) FROM backup_check.services',
  },
  settings: {
    main: 'SELECT count(*) FROM main.settings',
    backup: 'SELECT count(*) FROM backup_check.settings',
  },
} as const satisfies Record<string, { main: string; backup: string }>;

/** The same for the shadow tables that hold the full-text search data: counted only to prove a copy complete. */
export const SEARCH_INDEX_COUNT_SQL = {
  notes_fts_config: {
    main: 'SELECT count(*) FROM main.notes_fts_config',
    backup: 'SELECT count(*) FROM backup_check.notes_fts_config',
  },
  notes_fts_content: {
    main: 'SELECT count(*) FROM main.notes_fts_content',
    backup: 'SELECT count(*) FROM backup_check.notes_fts_content',
  },
  notes_fts_data: {
    main: 'SELECT count(*) FROM main.notes_fts_data',
    backup: 'SELECT count(*) FROM backup_check.notes_fts_data',
  },
  notes_fts_docsize: {
    main: 'SELECT count(*) FROM main.notes_fts_docsize',
    backup: 'SELECT count(*) FROM backup_check.notes_fts_docsize',
  },
  notes_fts_idx: {
    main: 'SELECT count(*) FROM main.notes_fts_idx',
    backup: 'SELECT count(*) FROM backup_check.notes_fts_idx',
  },
} as const satisfies Record<string, { main: string; backup: string }>;

/**
 * Writes a compacted copy of the open vault to `path`. SQLite3 Multiple Ciphers gives the copy
 * the open database's cipher, key and salt (a plain SQLite build would write plaintext here: the
 * backup tests check the file on disk for that). One statement, one read transaction: the copy is
 * one consistent moment. The copy goes into an empty owner-only file made first (VACUUM INTO
 * accepts an empty file), since SQLite would create it readable by everyone.
 */
export function vacuumInto(db: Db, path: string): void {
  createOwnerOnlyFile(path);
  db.prepare('VACUUM INTO ?').run(path);
}

/**
 * Attaches a backup with the open vault's key (an ATTACH without KEY reuses it) for reading only:
 * the connection is query-only until `detach`, so nothing can write to the copy or the vault.
 */
export function attachForReading(db: Db, path: string): void {
  db.prepare('ATTACH DATABASE ? AS backup_check').run(path);
  db.pragma('query_only = ON');
}

export function detach(db: Db): void {
  db.pragma('query_only = OFF');
  db.exec('DETACH DATABASE backup_check');
}

/**
 * Rows per table in one schema. With `withSearchIndex`, also the shadow tables that hold the
 * full-text search data (for proving a copy complete); without, only the record tables. A table
 * this Rapport has no statement for (one a newer Rapport added) is left out.
 */
export function tableCounts(
  db: Db,
  schema: CountedSchema = 'main',
  withSearchIndex = true,
): Record<string, number> {
  const tables = db
    .prepare(
      "SELECT name FROM pragma_table_list WHERE schema = ? AND type IN ('table', 'shadow') AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .pluck()
    .all(schema) as string[];
  const counts: Record<string, number> = {};
  for (const table of tables) {
    if (Object.hasOwn(COUNT_SQL, table)) {
      const statements = COUNT_SQL[table as keyof typeof COUNT_SQL];
      counts[table] = db
        .prepare(schema === 'main' ? statements.main : statements.backup)
        .pluck()
        .get() as number;
    } else if (withSearchIndex && Object.hasOwn(SEARCH_INDEX_COUNT_SQL, table)) {
      const statements = SEARCH_INDEX_COUNT_SQL[table as keyof typeof SEARCH_INDEX_COUNT_SQL];
      counts[table] = db
        .prepare(schema === 'main' ? statements.main : statements.backup)
        .pluck()
        .get() as number;
    }
  }
  return counts;
}

/** SQLite's full integrity check of one schema: 'ok' or the first problems found. */
export function integrityCheck(db: Db, schema: CountedSchema): string[] {
  const rows = db.pragma(
    schema === 'main' ? 'main.integrity_check(20)' : 'backup_check.integrity_check(20)',
  ) as { integrity_check: string }[];
  return rows.map((row) => row.integrity_check);
}

export function schemaVersionOf(db: Db, schema: CountedSchema): number {
  return db.pragma(schema === 'main' ? 'main.user_version' : 'backup_check.user_version', {
    simple: true,
  }) as number;
}

/**
 * The quick check, on pages read from disk: dropping the page cache first makes every page go
 * through decryption and its HMAC again, so damage that happened on disk since it was read shows.
 */
export function quickCheckFromDisk(db: Db): string {
  db.pragma('shrink_memory');
  return String(db.pragma('quick_check', { simple: true }));
}

/** Rows changed on this connection since it opened: cheap to read, grows with every write. */
export function totalChanges(db: Db): number {
  return db.prepare('SELECT total_changes()').pluck().get() as number;
}
