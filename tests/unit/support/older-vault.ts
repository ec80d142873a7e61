import type { Db } from '../../../electron/core/db/connection';
import { migrate, setSchemaVersion } from '../../../electron/core/db/migrate';
import type { Migration } from '../../../electron/core/db/migrations/migration';

/**
 * Rebuilds a vault's database as an older Rapport would have left it: every table dropped, then
 * only the given migrations run. Virtual tables go first: dropping one also drops its shadow tables.
 */
export function rebuildAsOlderVersion(raw: Db, migrations: readonly Migration[]): void {
  const nextTable = () =>
    raw
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY sql NOT LIKE 'CREATE VIRTUAL%' LIMIT 1",
      )
      .pluck()
      .get() as string | undefined;
  // Tables go in any order, a parent before its children (checklist_groups before checklist_items).
  raw.pragma('foreign_keys = OFF');
  for (let table = nextTable(); table; table = nextTable()) raw.exec(`DROP TABLE "${table}"`);
  raw.pragma('foreign_keys = ON');
  setSchemaVersion(raw, 0);
  migrate(raw, migrations);
}
