import Database from 'better-sqlite3-multiple-ciphers';
import { existsSync } from 'node:fs';
import { createOwnerOnlyFile, narrowToOwner } from '../base/owner-only';
import { StatementCachingDatabase } from './statement-cache';

export type Db = Database.Database;

/**
 * Opens a SQLCipher 4 database with a raw 32-byte key. The cipher pragmas must come first, in this
 * order, before any other statement, or the official `sqlcipher` tool cannot open the file.
 *
 * `synchronous = FULL`: in WAL mode NORMAL can lose the last commits on power loss; FULL syncs the
 * WAL on every commit, so a save the UI reported as done survives a pulled plug. A note save is a
 * single small transaction, so the cost is one fsync per save.
 *
 * The database and its log and shared-memory files are readable by their owner only (owner-only.ts).
 */
export function openEncrypted(path: string, key: Buffer, options: { create: boolean }): Db {
  if (options.create && !existsSync(path)) createOwnerOnlyFile(path);
  for (const file of [path, `${path}-wal`, `${path}-shm`]) narrowToOwner(file);
  const db: Db = new StatementCachingDatabase(path, { fileMustExist: !options.create });
  try {
    db.pragma(`cipher = 'sqlcipher'`);
    db.pragma('legacy = 4');
    const keyPragma = Buffer.from(`x'${key.toString('hex')}'`, 'latin1');
    try {
      db.key(keyPragma);
    } finally {
      keyPragma.fill(0);
    }
    // The first read decrypts page 1: a wrong key or a damaged header fails here, before any write.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    if (options.create) db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('secure_delete = ON');
    db.pragma('temp_store = MEMORY');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** The file could not be opened or read at all (permissions, a failing disk): not evidence of damage. */
export function isFileAccessError(error: unknown): boolean {
  if (!(error instanceof Database.SqliteError)) return false;
  return (
    error.code === 'SQLITE_CANTOPEN' ||
    error.code === 'SQLITE_READONLY' ||
    error.code.startsWith('SQLITE_IOERR')
  );
}

/**
 * Folds the write-ahead log back into the database file. TRUNCATE also empties the log, and waits
 * for readers; PASSIVE never waits, for when a backup in a worker may be reading.
 */
/**
 * An empty, unencrypted database in memory, for working out what a schema version looks like
 * (frozen-schema.ts, the import's table shapes). It never holds a record and never touches the disk, so durability and the
 * cipher do not apply to it.
 */
export function openSchemaScratch(): Db {
  return new StatementCachingDatabase(':memory:');
}

/**
 * A connection that reads but never writes: SQLite refuses every change with SQLITE_READONLY. For a
 * vault in which the integrity check found changes made outside Rapport: evidence to keep as it is.
 */
export function setQueryOnly(db: Db, on: boolean): void {
  db.pragma(on ? 'query_only = ON' : 'query_only = OFF');
}

export function isQueryOnly(db: Db): boolean {
  return Number(db.pragma('query_only', { simple: true })) === 1;
}

export function checkpoint(db: Db, mode: 'PASSIVE' | 'TRUNCATE'): void {
  if (mode === 'PASSIVE') db.pragma('wal_checkpoint(PASSIVE)');
  else db.pragma('wal_checkpoint(TRUNCATE)');
}

/**
 * Rewrites the database without its free pages, then empties the log into it, so nothing deleted
 * lingers in either file (secure_delete already zeroes what a delete frees; this shrinks the file).
 */
export function compact(db: Db): void {
  db.exec('VACUUM');
  checkpoint(db, 'TRUNCATE');
}

/** A database file that was written whole (a restored copy) goes back to the vault's WAL journal. */
export function useWriteAheadLog(db: Db): void {
  db.pragma('journal_mode = WAL');
}

/** Foreign keys checked at commit, not per row: an import may insert a row before the one it points at. */
export function deferForeignKeys(db: Db): void {
  db.pragma('defer_foreign_keys = ON');
}
