import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../base/app-error';
import { fsyncPath, renameRetrying, writeFileAtomic, writeFileDurably } from '../base/durable-write';
import { ANCHOR_FILE, DATABASE_FILE, KEY_FILE } from './location';
import { isSetAsideName, setAsideRoot } from './backup-layout';

/*
 * The last step of a restore: the vault's files (database, its log, key file) swapped for the
 * staged ones. Several files cannot change in one atomic step, and a crash between two renames
 * would leave a folder that is neither vault, so the swap is decided first: once the staged
 * folder holds the new database, the new key file and the plan (written and flushed in that
 * order), the restore has happened, and whoever opens the vault next finishes the renames. Each
 * step of finishing can be repeated, so a crash while finishing is finished in turn.
 */

/** Where a restore assembles the vault it will put in place; only ever a copy, so always removable. */
export const STAGING = '.restore-staging';
const PLAN = 'swap.json';
/**
 * The vault's files a restore sets aside, the log first: it must never meet the new database. The
 * anchor goes with the trail it anchors, so the set-aside vault keeps its evidence whole.
 */
const REPLACED = [`${DATABASE_FILE}-wal`, `${DATABASE_FILE}-shm`, DATABASE_FILE, ANCHOR_FILE, KEY_FILE];
/** What comes in, the database first: a key file in place means its database (and anchor) are too. */
const STAGED = [DATABASE_FILE, ANCHOR_FILE, KEY_FILE];

export function stagingFolder(vaultDir: string): string {
  return join(vaultDir, STAGING);
}

/** The vault's current files, which a swap sets aside. */
export function currentFiles(vaultDir: string): string[] {
  return REPLACED.filter((file) => existsSync(join(vaultDir, file)));
}

/**
 * Decides the swap (the staged database must be complete and flushed), then finishes it. The
 * current files go to the set-aside folder of that name, or nowhere when there are none.
 */
export function commitSwap(vaultDir: string, keyFileText: string, setAside: string | null): void {
  const staging = stagingFolder(vaultDir);
  fsyncPath(join(staging, DATABASE_FILE));
  writeFileDurably(join(staging, KEY_FILE), keyFileText);
  // Renamed into place (and the folder flushed): a plan is there whole or not at all.
  writeFileAtomic(join(staging, PLAN), JSON.stringify({ setAside }));
  fsyncPath(vaultDir);
  finishSwap(vaultDir);
}

/** The key file a decided swap puts (or has put) in place, or null when none is under way. */
export function pendingSwapKeyFile(vaultDir: string): string | null {
  const staging = stagingFolder(vaultDir);
  if (!existsSync(join(staging, PLAN))) return null;
  const staged = join(staging, KEY_FILE);
  return readFileSync(existsSync(staged) ? staged : join(vaultDir, KEY_FILE), 'utf8');
}

/** Finishes a decided swap a crash interrupted; does nothing when none is under way. */
export function finishSwap(vaultDir: string): void {
  const staging = stagingFolder(vaultDir);
  const plan = join(staging, PLAN);
  if (!existsSync(plan)) return;
  const { setAside } = JSON.parse(readFileSync(plan, 'utf8')) as { setAside: string | null };
  // A file is still the old one while what replaces it waits in staging (the logs: the database;
  // the anchor: its own, or the database when the restored trail is empty and has none).
  const replaced = currentFiles(vaultDir).filter((file) =>
    file === KEY_FILE
      ? existsSync(join(staging, KEY_FILE))
      : file === ANCHOR_FILE
        ? existsSync(join(staging, ANCHOR_FILE)) || existsSync(join(staging, DATABASE_FILE))
        : existsSync(join(staging, DATABASE_FILE)),
  );
  if (replaced.length > 0) {
    // Only a name a restore made: the plan is read from the vault folder, so it is not trusted further.
    if (setAside === null || !isSetAsideName(setAside)) {
      throw new AppError('VAULT_DAMAGED', 'An unfinished restore left a plan Rapport did not make.');
    }
    const folder = join(setAsideRoot(vaultDir), setAside);
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    fsyncPath(setAsideRoot(vaultDir));
    for (const file of replaced) renameRetrying(join(vaultDir, file), join(folder, file));
    fsyncPath(folder);
    fsyncPath(vaultDir);
  }
  for (const file of STAGED) {
    if (existsSync(join(staging, file))) renameRetrying(join(staging, file), join(vaultDir, file));
  }
  fsyncPath(vaultDir);
  rmSync(staging, { recursive: true, force: true });
  fsyncPath(vaultDir);
}
