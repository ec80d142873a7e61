import type { ExportColumn, ExportValue } from '../../shared/export/export-format';
import type { Db } from './connection';

/*
 * The SQL of the open export and import. It works on whatever tables the schema has, so table and
 * column names are read from SQLite's catalogue and quoted as identifiers (they cannot be bound);
 * names that come from an import file are only used after they were found in that catalogue.
 */

export interface TableShape {
  name: string;
  /** A virtual table: the full-text search index. */
  virtual: boolean;
  columns: ExportColumn[];
}

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
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
  return db.prepare(`SELECT * FROM ${quoteIdentifier(table)} ORDER BY rowid`).iterate() as IterableIterator<
    Record<string, ExportValue>
  >;
}

export function countRows(db: Db, table: string): number {
  return db
    .prepare(`SELECT count(*) FROM ${quoteIdentifier(table)}`)
    .pluck()
    .get() as number;
}

export function deleteAllRows(db: Db, table: string): void {
  db.prepare(`DELETE FROM ${quoteIdentifier(table)}`).run();
}

export function insertRows(
  db: Db,
  table: string,
  columns: readonly string[],
  rows: Iterable<Record<string, ExportValue>>,
): void {
  const names = columns.map(quoteIdentifier).join(', ');
  const slots = columns.map(() => '?').join(', ');
  const insert = db.prepare(`INSERT INTO ${quoteIdentifier(table)} (${names}) VALUES (${slots})`);
  for (const row of rows) insert.run(columns.map((column) => row[column] ?? null));
}

/** Takes the triggers out for a bulk load, returning their SQL to put them back. */
export function dropTriggers(db: Db): string[] {
  const triggers = db
    .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY name")
    .all() as { name: string; sql: string }[];
  for (const trigger of triggers) db.exec(`DROP TRIGGER ${quoteIdentifier(trigger.name)}`);
  return triggers.map((trigger) => trigger.sql);
}

export function restoreTriggers(db: Db, sql: readonly string[]): void {
  for (const statement of sql) db.exec(statement);
}

/** Records that point at records that do not exist. */
export function foreignKeyViolations(db: Db): number {
  return (db.pragma('foreign_key_check') as unknown[]).length;
}
