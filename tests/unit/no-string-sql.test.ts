import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import {
  attachForReading,
  CHECK_SCHEMA,
  COUNT_SQL,
  detach,
  SEARCH_INDEX_COUNT_SQL,
  tableCounts,
  vacuumInto,
} from '../../electron/core/db/backups';
import { DROP_TRIGGER_SQL, iterateRows, rowInserter, TABLE_SQL } from '../../electron/core/db/export';
import { createVault } from '../../electron/core/vault/vault';
import { STRONG, TEST_KDF, tempDir } from './support/temp-vault';

const eslint = new ESLint();

async function ruleHits(filePath: string, code: string, ruleId = 'rapport/no-string-sql'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  const fatal = result!.messages.filter((m) => m.fatal);
  expect(fatal).toEqual([]);
  return result!.messages.filter((m) => m.ruleId === ruleId).map((m) => m.message);
}

const HEAD = "import type { Db } from './connection';\ndeclare const db: Db;\ndeclare const table: string;\n";

describe('SQL is written out in full (lint rule)', () => {
  it.each([
    ['interpolation into prepare', 'db.prepare(`SELECT * FROM ${table}`);', /interpolation/],
    ['concatenation into prepare', "db.prepare('SELECT * FROM ' + table);", /concatenation/],
    ['interpolation into exec', 'db.exec(`DROP TABLE ${table}`);', /interpolation/],
    [
      'interpolation into pragma',
      'declare const n: number;\ndb.pragma(`user_version = ${n}`);',
      /interpolation/,
    ],
    [
      'a const built by interpolation',
      "const COLUMNS = 'id, name';\nconst SQL = `SELECT ${COLUMNS} FROM clients`;\ndb.prepare(SQL);",
      /interpolation/,
    ],
    [
      'a const built by concatenation, as const',
      "const SQL = ('SELECT * FROM ' + table) as string;\ndb.prepare(SQL);",
      /concatenation/,
    ],
    [
      'a let that grows at run time',
      "let sql = 'SELECT * FROM clients';\nsql += ' WHERE 1';\ndb.prepare(sql);",
      /not written out/,
    ],
    ['a string parameter', 'export function run(sql: string) {\n  db.exec(sql);\n}', /not written out/],
    ['an untyped parameter', 'export function run(sql) {\n  db.exec(sql);\n}', /not written out/],
    ['a call’s result', 'declare function build(): string;\ndb.prepare(build());', /not written out/],
    ['an imported name', "import { SQL } from './elsewhere';\ndb.prepare(SQL);", /not written out/],
    ['a joined list', "db.exec(['SELECT 1', table].join(';'));", /not written out/],
    [
      'a map with one spliced statement',
      "const SQL = { a: 'SELECT 1', b: `SELECT * FROM ${table}` } as const;\ndeclare const k: 'a' | 'b';\ndb.prepare(SQL[k]);",
      /interpolation/,
    ],
    [
      'a conditional with one spliced branch',
      "declare const all: boolean;\ndb.prepare(all ? 'SELECT * FROM t' : 'SELECT * FROM ' + table);",
      /concatenation/,
    ],
  ])('flags %s', async (_label, code, message) => {
    const hits = await ruleHits('electron/core/db/sample.ts', HEAD + code);
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatch(message);
  });

  it('passes statements written out in full, however they are picked', async () => {
    const code = `${HEAD}
const ONE = 'SELECT 1';
const LIST_SQL = {
  name: \`SELECT id FROM clients
         ORDER BY chosen_name\`,
  nested: { rows: 'SELECT * FROM clients ORDER BY rowid', count: 'SELECT count(*) FROM clients' },
} as const satisfies Record<string, unknown>;
declare const sort: 'name';
declare const all: boolean;
db.prepare('SELECT * FROM clients WHERE id = ?').get('x');
db.prepare(\`SELECT *
  FROM clients\`).all();
db.exec(ONE);
db.prepare(LIST_SQL[sort]);
db.prepare(LIST_SQL.nested.rows);
db.prepare(all ? 'SELECT * FROM invoices' : 'SELECT * FROM invoices WHERE client_id = ?');
db.pragma('foreign_keys = ON');
const BACKUP_NAME = /^(\\d+)$/;
BACKUP_NAME.exec(table);
/x/.exec(table);
interface Request { clientId: string }
declare const service: { prepare(request: Request): void };
export function print(request: Request) {
  service.prepare(request);
}
`;
    expect(await ruleHits('electron/core/db/sample.ts', code)).toEqual([]);
  });

  it('exempts only the exact arguments on the allow-list, only in their own file', async () => {
    const code = `${HEAD}declare const migration: { sql: string };\ndb.exec(migration.sql);\n`;
    expect(await ruleHits('electron/core/db/migrate.ts', code)).toEqual([]);
    expect(await ruleHits('electron/core/db/other.ts', code)).toHaveLength(1);
    expect(
      await ruleHits(
        'electron/core/db/migrate.ts',
        `${HEAD}declare const m: { sql: string };\ndb.exec(m.sql);\n`,
      ),
    ).toHaveLength(1);
  });

  it('applies everywhere: the renderer, tests and benchmarks too', async () => {
    for (const file of ['renderer/src/sample.ts', 'tests/unit/sample.test.ts', 'tests/bench/sample.ts']) {
      expect(await ruleHits(file, `${HEAD}db.prepare('SELECT ' + table);`)).toHaveLength(1);
    }
  });

  it('keeps migrations plain SQL constants (migrate.ts runs them unchecked)', async () => {
    const file = 'electron/core/db/migrations/099_sample.ts';
    const hits = (code: string) => ruleHits(file, code, 'no-restricted-syntax');
    expect(
      await hits("const T = 'x';\nexport const sql = `CREATE TABLE ${T} (id TEXT) STRICT;`;"),
    ).toHaveLength(1);
    expect(await hits("export const sql = 'CREATE TABLE x (id TEXT) ' + 'STRICT;';")).toHaveLength(1);
    expect(await hits('export const sql = `CREATE TABLE x (id TEXT) STRICT;`;')).toEqual([]);
  });
});

/** The insert's column list and its named parameters, in order. */
function insertShape(sql: string): { table: string; columns: string[]; parameters: string[] } {
  const match = /^INSERT INTO (\w+) \(([^)]*)\)\s+VALUES \(([^)]*)\)$/.exec(sql.replace(/\s+/g, ' ').trim());
  expect(match, sql).not.toBeNull();
  const list = (text: string) => text.split(',').map((part) => part.trim());
  return { table: match![1]!, columns: list(match![2]!), parameters: list(match![3]!) };
}

describe('the written-out statements per table match the current schema', () => {
  async function currentSchema() {
    const { db } = await createVault(join(tempDir(), 'vault'), STRONG, { kdf: TEST_KDF });
    const tables = db
      .prepare(
        "SELECT name, type FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .all() as { name: string; type: string }[];
    const triggers = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger' ORDER BY name")
      .pluck()
      .all() as string[];
    return { db, tables, triggers };
  }

  const names = (tables: { name: string; type: string }[], ...types: string[]) =>
    tables.filter((table) => types.includes(table.type)).map((table) => table.name);

  it('export and import: one set of statements per record table and the search index, no more', async () => {
    const { db, tables } = await currentSchema();
    expect(Object.keys(TABLE_SQL).sort()).toEqual(names(tables, 'table', 'virtual'));
    for (const [table, sql] of Object.entries(TABLE_SQL)) {
      expect(sql.rows).toBe(`SELECT * FROM ${table} ORDER BY rowid`);
      expect(sql.clear).toBe(`DELETE FROM ${table}`);
      const columns = db
        .prepare('SELECT name FROM pragma_table_info(?) ORDER BY cid')
        .pluck()
        .all(table) as string[];
      expect(insertShape(sql.insert)).toEqual({
        table,
        columns,
        parameters: columns.map((column) => `@${column}`),
      });
      // Each one compiles against the real schema (emptying is run by the import round trip).
      expect(() => [...iterateRows(db, table)]).not.toThrow();
      expect(() => rowInserter(db, table, columns)).not.toThrow();
    }
    db.close();
  });

  it('backup counts: every record table and every search-index table, in the vault and the attached copy', async () => {
    const { db, tables } = await currentSchema();
    expect(Object.keys(COUNT_SQL).sort()).toEqual(names(tables, 'table'));
    expect(Object.keys(SEARCH_INDEX_COUNT_SQL).sort()).toEqual(names(tables, 'shadow'));
    for (const [table, sql] of [...Object.entries(COUNT_SQL), ...Object.entries(SEARCH_INDEX_COUNT_SQL)]) {
      expect(sql).toEqual({
        main: `SELECT count(*) FROM main.${table}`,
        backup: `SELECT count(*) FROM backup_check.${table}`,
      });
    }
    // Every statement runs: counted in the vault, then in a copy attached beside it.
    const counts = tableCounts(db);
    expect(Object.keys(counts).sort()).toEqual(names(tables, 'table', 'shadow'));
    const copy = join(tempDir(), 'copy.sqlite');
    vacuumInto(db, copy);
    attachForReading(db, copy);
    try {
      expect(tableCounts(db, CHECK_SCHEMA)).toEqual(counts);
    } finally {
      detach(db);
    }
    db.close();
  });

  it('import: a statement to set aside each trigger, no more', async () => {
    const { db, triggers } = await currentSchema();
    expect(Object.keys(DROP_TRIGGER_SQL).sort()).toEqual(triggers);
    for (const [trigger, sql] of Object.entries(DROP_TRIGGER_SQL))
      expect(sql).toBe(`DROP TRIGGER ${trigger}`);
    db.close();
  });
});
