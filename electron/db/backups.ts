import type { Db } from './connection';

/*
 * The SQL of backups. Schema and table names here come from SQLite's own catalogue or from the
 * constant below, never from input; they are quoted as identifiers because they cannot be bound.
 */

/** The name a backup is attached under while it is checked or read. */
export const CHECK_SCHEMA = 'backup_check';

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * Writes a compacted copy of the open vault to `path`. SQLite3 Multiple Ciphers gives the copy
 * the open database's cipher, key and salt (a plain SQLite build would write plaintext here: the
 * backup tests check the file on disk for that). One statement, one read transaction: the copy is
 * one consistent moment.
 */
export function vacuumInto(db: Db, path: string): void {
  db.prepare('VACUUM INTO ?').run(path);
}

/**
 * Attaches a backup with the open vault's key (an ATTACH without KEY reuses it) for reading only:
 * the connection is query-only until `detach`, so nothing can write to the copy or the vault.
 */
export function attachForReading(db: Db, path: string): void {
  db.prepare(`ATTACH DATABASE ? AS ${CHECK_SCHEMA}`).run(path);
  db.pragma('query_only = ON');
}

export function detach(db: Db): void {
  db.pragma('query_only = OFF');
  db.exec(`DETACH DATABASE ${CHECK_SCHEMA}`);
}

/**
 * Rows per table in one schema. With `withSearchIndex`, also the shadow tables that hold the
 * full-text search data (for proving a copy complete); without, only the record tables.
 */
export function tableCounts(db: Db, schema = 'main', withSearchIndex = true): Record<string, number> {
  const tables = db
    .prepare(
      "SELECT name FROM pragma_table_list WHERE schema = ? AND (type = 'table' OR (type = 'shadow' AND ?)) AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .pluck()
    .all(schema, withSearchIndex ? 1 : 0) as string[];
  return Object.fromEntries(
    tables.map((table) => [
      table,
      db
        .prepare(`SELECT count(*) FROM ${quoteIdentifier(schema)}.${quoteIdentifier(table)}`)
        .pluck()
        .get() as number,
    ]),
  );
}

/** SQLite's full integrity check of one attached schema: 'ok' or the first problems found. */
export function integrityCheck(db: Db, schema: string): string[] {
  const rows = db.pragma(`${quoteIdentifier(schema)}.integrity_check(20)`) as { integrity_check: string }[];
  return rows.map((row) => row.integrity_check);
}

export function schemaVersionOf(db: Db, schema: string): number {
  return db.pragma(`${quoteIdentifier(schema)}.user_version`, { simple: true }) as number;
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
