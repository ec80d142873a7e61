import { openSchemaScratch, type Db } from './connection';
import { MIGRATIONS } from './migrations';

interface SchemaObject {
  type: string;
  name: string;
  sql: string | null;
}

export interface SchemaDifference {
  type: string;
  name: string;
  /** Missing: dropped. Changed: its definition differs. Unexpected: something the migrations never made. */
  problem: 'missing' | 'changed' | 'unexpected';
}

const byVersion = new Map<number, Map<string, SchemaObject>>();

/*
 * SQLite's own tables (sqlite_sequence, the statistics ANALYZE keeps) change with use, so they are
 * not part of what is compared. Every other table, index, trigger and view is.
 */
const SCHEMA_OBJECTS = `SELECT type, name, sql FROM sqlite_schema
  WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY type, name`;

/**
 * The schema a vault of this version must have, exactly: its migrations run in an empty database
 * in memory (no record is ever in it). SQLite stores each definition as its text, so a trigger
 * dropped, altered or added by hand shows up as a difference.
 */
function frozenSchema(version: number): Map<string, SchemaObject> {
  const cached = byVersion.get(version);
  if (cached) return cached;
  const memory = openSchemaScratch();
  try {
    for (const migration of MIGRATIONS) if (migration.version <= version) memory.exec(migration.sql);
    const objects = new Map(
      (memory.prepare(SCHEMA_OBJECTS).all() as SchemaObject[]).map((object) => [object.name, object]),
    );
    byVersion.set(version, objects);
    return objects;
  } finally {
    memory.close();
  }
}

/** Every table, index, trigger and view that differs from the schema frozen for this version. */
export function schemaDifferences(db: Db, version: number): SchemaDifference[] {
  const expected = frozenSchema(version);
  const actual = new Map(
    (db.prepare(SCHEMA_OBJECTS).all() as SchemaObject[]).map((object) => [object.name, object]),
  );
  const differences: SchemaDifference[] = [];
  for (const [name, object] of expected) {
    const found = actual.get(name);
    if (!found) differences.push({ type: object.type, name, problem: 'missing' });
    else if (found.type !== object.type || found.sql !== object.sql) {
      differences.push({ type: object.type, name, problem: 'changed' });
    }
  }
  for (const [name, object] of actual) {
    if (!expected.has(name)) differences.push({ type: object.type, name, problem: 'unexpected' });
  }
  return differences;
}
