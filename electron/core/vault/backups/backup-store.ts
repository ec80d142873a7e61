import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../base/app-error';
import { DATABASE_FILE, KEY_FILE } from '../location';
import {
  isBackupName,
  isSetAsideName,
  MANIFEST_FILE,
  PARTIAL_PREFIX,
  timeOfName,
  type BackupLocation,
} from '../backup-layout';
import { readManifest, type BackupManifest } from './backup-manifest';
import { copyFileDurably, fsyncPath, renameDurably } from '../../base/durable-write';
import { sha256File } from '../../base/file-sha256';
import { backupsToKeep } from './retention';

/** A backup folder found on disk: a finished backup (with its manifest) or a set-aside vault. */
export interface StoredBackup {
  location: BackupLocation;
  name: string;
  folder: string;
  createdAt: Date;
  manifest: BackupManifest | null;
}

/** The finished backups (or set-aside vaults) in one folder, newest first. Anything else is ignored. */
export function listStored(root: string, location: BackupLocation): StoredBackup[] {
  if (!existsSync(root)) return [];
  const found: StoredBackup[] = [];
  for (const name of readdirSync(root)) {
    const folder = join(root, name);
    if (location === 'set-aside') {
      const createdAt = timeOfName(name);
      if (isSetAsideName(name) && createdAt)
        found.push({ location, name, folder, createdAt, manifest: null });
      continue;
    }
    if (!isBackupName(name)) continue;
    const manifest = readManifest(folder);
    if (manifest) found.push({ location, name, folder, createdAt: new Date(manifest.createdAt), manifest });
  }
  return found.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
}

/** Folders a crash left half-written. Only this vault's one writer makes them, so none is in use. */
export function removePartials(root: string): void {
  if (!existsSync(root)) return;
  for (const name of readdirSync(root)) {
    if (name.startsWith(PARTIAL_PREFIX)) rmSync(join(root, name), { recursive: true, force: true });
  }
}

/** Deletes the backups the retention rule no longer keeps; returns their names. */
export function prune(root: string, location: 'vault' | 'second'): string[] {
  const stored = listStored(root, location);
  const keep = backupsToKeep(stored);
  const removed = stored.filter((backup) => !keep.has(backup.name));
  for (const backup of removed) rmSync(backup.folder, { recursive: true, force: true });
  return removed.map((backup) => backup.name);
}

/**
 * Copies a finished backup into another folder (the second location) and checks the copy byte
 * for byte against the manifest before it counts, under a temporary name until then.
 */
export function copyBackup(from: string, manifest: BackupManifest, root: string, name: string): string {
  mkdirSync(root, { recursive: true, mode: 0o700 });
  removePartials(root);
  const partial = join(root, `${PARTIAL_PREFIX}${name}`);
  mkdirSync(partial, { mode: 0o700 });
  try {
    for (const file of [DATABASE_FILE, KEY_FILE, MANIFEST_FILE]) {
      copyFileDurably(join(from, file), join(partial, file));
    }
    if (sha256File(join(partial, DATABASE_FILE)) !== manifest.databaseSha256) {
      throw new AppError(
        'IO',
        'The copy in the second backup folder does not match the backup. Check that drive.',
      );
    }
    fsyncPath(partial);
    const folder = join(root, name);
    renameDurably(partial, folder);
    return folder;
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    throw error;
  }
}
