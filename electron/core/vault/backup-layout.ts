import { join } from 'node:path';
import { AppError } from '../base/app-error';

/*
 * Where backups live and what they are called. A backup is a folder that is itself a vault folder
 * (rapport.db and rapport.key) plus manifest.json, so it can be restored, or opened, anywhere.
 */

export const MANIFEST_FILE = 'manifest.json';
export const BACKUP_LOCATIONS = ['vault', 'second', 'set-aside'] as const;
export type BackupLocation = (typeof BACKUP_LOCATIONS)[number];

const BACKUP_PREFIX = 'rapport-backup-';
const SET_ASIDE_PREFIX = 'before-restore-';
const STAMP = String.raw`\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}\.\d{3}Z(?:-\d{1,4})?`;
const BACKUP_NAME = new RegExp(`^${BACKUP_PREFIX}(${STAMP})$`);
const SET_ASIDE_NAME = new RegExp(`^${SET_ASIDE_PREFIX}(${STAMP})$`);
/** A folder being written; a crash can leave one behind, and the next backup removes it. */
export const PARTIAL_PREFIX = '.partial-';

/** The vault's own backups: beside its files, so they survive everything but losing the disk. */
export function vaultBackupsRoot(vaultDir: string): string {
  return join(vaultDir, 'backups');
}

/** Where a restore puts the vault it replaced; never pruned, so any restore can be undone. */
export function setAsideRoot(vaultDir: string): string {
  return join(vaultDir, 'set-aside');
}

/** One subfolder per vault, so a shared drive or synced folder can hold several vaults' backups. */
export function secondBackupsRoot(secondFolder: string, vaultId: string): string {
  return join(secondFolder, 'Rapport backups', vaultId);
}

function stamp(at: Date): string {
  return at.toISOString().replace(/:/g, '-');
}

/** Names sort by time; a second backup in the same millisecond gets a counter. */
export function newBackupName(at: Date, taken: (name: string) => boolean): string {
  return uniqueName(`${BACKUP_PREFIX}${stamp(at)}`, taken);
}

export function newSetAsideName(at: Date, taken: (name: string) => boolean): string {
  return uniqueName(`${SET_ASIDE_PREFIX}${stamp(at)}`, taken);
}

function uniqueName(base: string, taken: (name: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; n < 10_000; n++) if (!taken(`${base}-${n}`)) return `${base}-${n}`;
  throw new AppError('IO', 'Too many backups were made in the same moment.');
}

export function isBackupName(name: string): boolean {
  return BACKUP_NAME.test(name);
}

export function isSetAsideName(name: string): boolean {
  return SET_ASIDE_NAME.test(name);
}

/** The moment a backup or set-aside folder's name records, or null for any other name. */
export function timeOfName(name: string): Date | null {
  const match = BACKUP_NAME.exec(name) ?? SET_ASIDE_NAME.exec(name);
  if (!match) return null;
  const [date, time] = match[1]!.replace(/-\d{1,4}$/, '').split('T');
  return new Date(`${date}T${time!.replace(/^(\d{2})-(\d{2})-/, '$1:$2:')}`);
}

export function backupId(location: BackupLocation, name: string): string {
  return `${location}:${name}`;
}

/** Ids come from the UI: only names this code itself makes are accepted, so no path escapes its folder. */
export function parseBackupId(id: string): { location: BackupLocation; name: string } {
  const [location, name, ...rest] = id.split(':');
  const known = (BACKUP_LOCATIONS as readonly string[]).includes(location ?? '');
  const valid =
    rest.length === 0 &&
    known &&
    name !== undefined &&
    (location === 'set-aside' ? isSetAsideName(name) : isBackupName(name));
  if (!valid) throw new AppError('NOT_FOUND', 'There is no such backup.');
  return { location: location as BackupLocation, name: name! };
}
