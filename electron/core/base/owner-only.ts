import { chmodSync, closeSync, existsSync, fchmodSync, openSync, statSync } from 'node:fs';

/** Every file of a vault, its backups and exports: readable and writable by its owner only. */
export const OWNER_ONLY_FILE = 0o600;
/** Every folder Rapport makes for them. */
export const OWNER_ONLY_FOLDER = 0o700;

/**
 * Creates an empty file readable by its owner only, for SQLite to fill: SQLite creates a database
 * with 0644, but opens an existing empty file as a new database and gives its -wal and -shm files
 * the database file's mode. The mode is set again after creating, since the umask (shared with
 * the whole Electron process) could only have narrowed it further, never to what is wanted.
 */
export function createOwnerOnlyFile(path: string): void {
  const fd = openSync(path, 'wx', OWNER_ONLY_FILE);
  try {
    fchmodSync(fd, OWNER_ONLY_FILE);
  } finally {
    closeSync(fd);
  }
}

/**
 * Takes group and other access away from an existing file or folder (one made by an earlier
 * Rapport, or copied from a backup made with a wider mode). Windows has no such bits, and a file
 * this user does not own or a read-only drive is left as it is: opening it must not fail for that.
 */
export function narrowToOwner(path: string, mode: number = OWNER_ONLY_FILE): void {
  if (process.platform === 'win32' || !existsSync(path)) return;
  try {
    if ((statSync(path).mode & 0o077) !== 0) chmodSync(path, mode);
  } catch {
    // Not ours to change (see above).
  }
}
