import { AppError } from '../errors/app-error';
import type { Db } from './connection';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations/migration';

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Refuses a vault written by a newer Rapport before anything touches it. */
export function assertNotFromFuture(db: Db, migrations: readonly Migration[] = MIGRATIONS): void {
  const latest = migrations.at(-1)?.version ?? 0;
  if (schemaVersion(db) > latest) {
    throw new AppError(
      'VAULT_FROM_FUTURE',
      'This vault was saved by a newer version of Rapport. Update Rapport to open it; nothing was changed.',
    );
  }
}

/** Runs every pending migration in one transaction: a vault is at one version or the next, never between. */
export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): number {
  assertNotFromFuture(db, migrations);
  const current = schemaVersion(db);
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return current;
  db.transaction(() => {
    for (const m of pending) db.exec(m.sql);
    // user_version cannot be bound as a parameter; the value is an integer from our own code.
    db.pragma(`user_version = ${Math.trunc(pending.at(-1)!.version)}`);
  })();
  return pending.at(-1)!.version;
}
