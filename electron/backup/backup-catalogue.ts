import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupEntry } from '../../shared/backup/backup-contract';
import { attachForReading, CHECK_SCHEMA, detach, schemaVersionOf, tableCounts } from '../db/backups';
import { openEncrypted, type Db } from '../db/connection';
import { AppError } from '../errors/app-error';
import { parseKeyFile, type KeyFile } from '../vault/key-file';
import { DATABASE_FILE, KEY_FILE } from '../vault/location';
import { backupId, parseBackupId, secondBackupsRoot, setAsideRoot, vaultBackupsRoot } from './backup-layout';
import { listStored, type StoredBackup } from './backup-store';

/** What is known about the vault when backups are looked for: the second folder needs its id. */
export interface CatalogueScope {
  vaultDir: string;
  vaultId: string | null;
  secondFolder: string | null;
}

/** Reads what a backup holds: with the open vault's connection, or with the key while locked. */
export type ContentsReader = (database: string) => { counts: Record<string, number>; schemaVersion: number };

export function findBackups(scope: CatalogueScope): StoredBackup[] {
  const second =
    scope.secondFolder && scope.vaultId
      ? listStored(secondBackupsRoot(scope.secondFolder, scope.vaultId), 'second')
      : [];
  return [
    ...listStored(vaultBackupsRoot(scope.vaultDir), 'vault'),
    ...second,
    ...listStored(setAsideRoot(scope.vaultDir), 'set-aside'),
  ].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
}

export function locateBackup(scope: CatalogueScope, id: string): StoredBackup {
  const { location, name } = parseBackupId(id);
  const found = findBackups(scope).find((backup) => backup.location === location && backup.name === name);
  if (!found) throw new AppError('NOT_FOUND', 'That backup is no longer there.');
  return found;
}

export function readKeyFileIn(folder: string): KeyFile | null {
  try {
    return parseKeyFile(readFileSync(join(folder, KEY_FILE), 'utf8'));
  } catch {
    return null;
  }
}

/**
 * One entry per backup, with its contents when a reader is given and it can read this backup. A
 * backup whose write-ahead log is still beside it (a vault set aside while damaged) is not opened
 * here: opening would fold the log in and change it. Restoring works on a copy and shows it.
 */
export function describeBackups(
  backups: readonly StoredBackup[],
  options: {
    /** The vault's own key file, when it can be read. */
    current: KeyFile | null;
    /** The key file whose key `read` holds: the vault's, or a backup's while the vault is unreadable. */
    reference: KeyFile | null;
    read: ContentsReader | null;
  },
): BackupEntry[] {
  return backups.map((backup) => {
    const keyFile = readKeyFileIn(backup.folder);
    const sameVault = keyFile !== null && options.current !== null && sameDatabase(keyFile, options.current);
    const readable =
      keyFile !== null && options.reference !== null && sameDatabase(keyFile, options.reference);
    const read = options.read;
    const entry: BackupEntry = {
      id: backupId(backup.location, backup.name),
      location: backup.location,
      createdAt: backup.createdAt.toISOString(),
      trigger: backup.manifest?.trigger ?? null,
      bytes: backup.manifest?.databaseBytes ?? null,
      schemaVersion: backup.manifest?.schemaVersion ?? null,
      sameVault,
      contents: null,
      problem: null,
    };
    if (!read) return entry;
    const database = join(backup.folder, DATABASE_FILE);
    if (!keyFile || !existsSync(database))
      return { ...entry, problem: 'Its database or key file is missing.' };
    if (!readable) return { ...entry, problem: 'It belongs to another vault; restore it to open it.' };
    if (existsSync(`${database}-wal`)) {
      return { ...entry, problem: 'It still has its write-ahead log beside it; restore it to see inside.' };
    }
    try {
      const { counts, schemaVersion } = read(database);
      return { ...entry, contents: counts, schemaVersion };
    } catch {
      return { ...entry, problem: 'It could not be read: it may be damaged.' };
    }
  });
}

/** Same vault and same database salt: one key opens both. */
export function sameDatabase(a: KeyFile, b: KeyFile): boolean {
  return a.vaultId === b.vaultId && a.databaseSalt === b.databaseSalt;
}

/** Reads a backup of this vault through the open connection, whose key it shares. */
export function readerForOpenVault(db: Db): ContentsReader {
  return (database) => {
    attachForReading(db, database);
    try {
      return {
        counts: tableCounts(db, CHECK_SCHEMA, false),
        schemaVersion: schemaVersionOf(db, CHECK_SCHEMA),
      };
    } finally {
      detach(db);
    }
  };
}

/** Reads a backup with the raw key while the vault is locked (or cannot be opened at all). */
export function readerWithKey(key: Buffer): ContentsReader {
  return (database) => {
    const db = openEncrypted(database, key, { create: false });
    try {
      return { counts: tableCounts(db, 'main', false), schemaVersion: schemaVersionOf(db, 'main') };
    } finally {
      db.close();
    }
  };
}
