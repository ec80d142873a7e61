import { AppError } from '../base/app-error';
import { sealUnchainedEntries } from './audit';
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
    for (const migration of pending) {
      const sealBefore = migration.sealAuditEntriesIfFromBefore;
      if (sealBefore !== undefined && current < sealBefore) sealUnchainedEntries(db);
      db.exec(migration.sql);
    }
    setSchemaVersion(db, pending.at(-1)!.version);
  })();
  return pending.at(-1)!.version;
}

/**
 * The one place user_version is written. A pragma's value cannot be bound, so it is spliced in,
 * and only after it was proven a plain non-negative integer (SQLite keeps it as a 32-bit int).
 */
export function setSchemaVersion(db: Db, version: number): void {
  if (!Number.isSafeInteger(version) || version < 0 || version > 0x7fffffff) {
    throw new AppError('INTERNAL', `A schema version must be a whole number, not ${String(version)}.`);
  }
  db.pragma(`user_version = ${version}`);
}
