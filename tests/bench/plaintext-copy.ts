import { existsSync, readFileSync, rmSync } from 'node:fs';
import { openEncrypted, type Db } from '../../electron/core/db/connection';
import { StatementCachingDatabase } from '../../electron/core/db/statement-cache';

const PLAIN_HEADER = 'SQLite format 3\0';

/**
 * An unencrypted copy of the open vault, page for page (so its search index is just as
 * fragmented), to measure what encryption costs. VACUUM INTO gives a copy under the same key,
 * which is then rekeyed to no key at all. It holds (invented) records in the clear, so it is only
 * ever made inside the run's temp folder and removed by the caller, also on an interrupted run.
 * Opened with the same connection settings as the vault, minus the cipher.
 */
export function openPlaintextCopy(vault: Db, key: Buffer, path: string): Db {
  vault.prepare('VACUUM INTO ?').run(path);
  const copy = openEncrypted(path, key, { create: false });
  try {
    // Rekeying a database in WAL mode can break it; the copy is switched out of WAL first.
    copy.pragma('journal_mode = DELETE');
    copy.pragma("rekey = ''");
  } finally {
    copy.close();
  }
  if (readFileSync(path).subarray(0, 16).toString('latin1') !== PLAIN_HEADER) {
    rmSync(path, { force: true });
    throw new Error('The comparison copy did not come out unencrypted.');
  }
  const db = new StatementCachingDatabase(path, { fileMustExist: true });
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('secure_delete = ON');
  db.pragma('temp_store = MEMORY');
  return db;
}

export function removePlaintextCopy(db: Db | null, path: string): void {
  db?.close();
  for (const file of [path, `${path}-wal`, `${path}-shm`, `${path}-journal`])
    if (existsSync(file)) rmSync(file);
}
