import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupEntry, BackupFolderFacts } from '../../../../shared/backup/backup-contract';
import { attachForReading, CHECK_SCHEMA, detach, schemaVersionOf, tableCounts } from '../../db/backups';
import { openEncrypted, type Db } from '../../db/connection';
import { AppError } from '../../base/app-error';
import { parseKeyFile, type KeyFile } from '../key-file';
import { DATABASE_FILE, KEY_FILE } from '../location';
import { backupId, parseBackupId, secondBackupsRoot, setAsideRoot, vaultBackupsRoot } from '../backup-layout';
import type { BackupManifest } from './backup-manifest';
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

/** Why a backup's contents are missing when its database would not open with the key. */
export const UNREADABLE = 'It could not be read: it may be damaged.';

export interface DescribeOptions {
  /** The vault's own key file, when it can be read. */
  current: KeyFile | null;
  /** The key file whose key `read` holds: the vault's, or a backup's while the vault is unreadable. */
  reference: KeyFile | null;
  read: ContentsReader | null;
}

/** One entry per backup, with its contents when a reader is given and it can read that backup. */
export function describeBackups(backups: readonly StoredBackup[], options: DescribeOptions): BackupEntry[] {
  return backups.map((backup) => ({
    id: backupId(backup.location, backup.name),
    location: backup.location,
    createdAt: backup.createdAt.toISOString(),
    ...describeFolder(backup.folder, backup.manifest, options),
  }));
}

/**
 * What one backup folder is, and what it holds when the reader can open it. A backup whose
 * write-ahead log is still beside it (a vault set aside while damaged) is not opened here:
 * opening would fold the log in and change it. Restoring works on a copy and shows it.
 */
export function describeFolder(
  folder: string,
  manifest: BackupManifest | null,
  options: DescribeOptions,
): BackupFolderFacts {
  const keyFile = readKeyFileIn(folder);
  const sameVault = keyFile !== null && options.current !== null && sameDatabase(keyFile, options.current);
  const readable = keyFile !== null && options.reference !== null && sameDatabase(keyFile, options.reference);
  const facts: BackupFolderFacts = {
    trigger: manifest?.trigger ?? null,
    bytes: manifest?.databaseBytes ?? null,
    schemaVersion: manifest?.schemaVersion ?? null,
    sameVault,
    contents: null,
    problem: null,
  };
  const read = options.read;
  if (!read) return facts;
  const database = join(folder, DATABASE_FILE);
  if (!keyFile || !existsSync(database)) return { ...facts, problem: 'Its database or key file is missing.' };
  if (!readable) return { ...facts, problem: 'It belongs to another vault; restore it to open it.' };
  if (existsSync(`${database}-wal`)) {
    return { ...facts, problem: 'It still has its write-ahead log beside it; restore it to see inside.' };
  }
  try {
    const { counts, schemaVersion } = read(database);
    return { ...facts, contents: counts, schemaVersion };
  } catch {
    return { ...facts, problem: UNREADABLE };
  }
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
