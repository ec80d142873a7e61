import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../base/app-error';
import { parseKeyFile, type KeyFile } from './key-file';
import { ANCHOR_FILE, DATABASE_FILE, KEY_FILE } from './location';
import { pendingSwapKeyFile } from './restore-swap';

const SQLITE_PLAIN_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
const PAGE_SIZE = 4096;

export type VaultPresence = { state: 'absent' } | { state: 'present'; keyFile: KeyFile };

export function vaultPaths(dir: string) {
  return { database: join(dir, DATABASE_FILE), keyFile: join(dir, KEY_FILE), anchor: join(dir, ANCHOR_FILE) };
}

function readKeyFileText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new AppError(
      'IO',
      'The vault’s key file (rapport.key) could not be read. Check the folder’s permissions and that it is a file.',
    );
  }
}

export function readHeader(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const header = Buffer.alloc(16);
    const read = readSync(fd, header, 0, 16, 0);
    return header.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/**
 * Looks at a vault folder without opening the database or writing anything, and explains in plain
 * words what is wrong with it, if anything. Only reads: a damaged vault is evidence, never "repaired".
 */
export function inspectVaultFolder(dir: string): VaultPresence {
  // A restore decided but not finished (a crash mid-swap) is the restored vault: unlocking finishes it.
  const restoring = pendingSwapKeyFile(dir);
  if (restoring !== null) return { state: 'present', keyFile: parseKeyFile(restoring) };
  const paths = vaultPaths(dir);
  const hasDb = existsSync(paths.database);
  const hasKey = existsSync(paths.keyFile);
  if (!hasDb && !hasKey) return { state: 'absent' };
  if (!hasKey) {
    throw new AppError(
      'VAULT_DAMAGED',
      'The vault’s key file (rapport.key) is missing. Restore it from a backup, or open the vault with your recovery key.',
    );
  }
  const keyFile = parseKeyFile(readKeyFileText(paths.keyFile));
  if (!hasDb) {
    throw new AppError(
      'VAULT_DAMAGED',
      'The vault’s database file (rapport.db) is missing. Restore it from a backup.',
    );
  }
  const size = statSync(paths.database).size;
  if (size === 0) {
    throw new AppError('VAULT_DAMAGED', 'The vault’s database file is empty. Restore it from a backup.');
  }
  const header = readHeader(paths.database);
  if (header.equals(SQLITE_PLAIN_HEADER)) {
    throw new AppError(
      'VAULT_DAMAGED',
      'The vault’s database file is an unencrypted SQLite file, not a Rapport vault. It was not opened.',
    );
  }
  if (size % PAGE_SIZE !== 0) {
    throw new AppError(
      'VAULT_DAMAGED',
      'The vault’s database file is cut short (truncated). Restore it from a backup.',
    );
  }
  if (header.toString('hex') !== keyFile.databaseSalt) {
    throw new AppError(
      'VAULT_DAMAGED',
      'The key file does not belong to this database: it may come from another vault, or the database was replaced or damaged.',
    );
  }
  return { state: 'present', keyFile };
}
