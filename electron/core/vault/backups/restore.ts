import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { integrityCheck, tableCounts } from '../../db/backups';
import { checkpoint, isFileAccessError, openEncrypted, useWriteAheadLog, type Db } from '../../db/connection';
import { assertNotFromFuture } from '../../db/migrate';
import { AppError } from '../../base/app-error';
import type { KeyFile } from '../key-file';
import { auditHead } from '../../db/audit';
import { anchorKey, writeAnchor } from '../audit-anchor';
import { ANCHOR_FILE, DATABASE_FILE, KEY_FILE } from '../location';
import { readHeader } from '../vault-files';
import { newSetAsideName, setAsideRoot } from './backup-layout';
import { copyFileDurably, fsyncPath, writeFileDurably } from '../../base/durable-write';

/** Where a restore assembles the vault it will put in place; only ever a copy, so always removable. */
const STAGING = '.restore-staging';
const LOG_SUFFIXES = ['-wal', '-shm'];

/**
 * Copies a backup (or any vault folder) beside the vault, opens the copy with the key and proves
 * it sound: not from a newer Rapport, SQLite's full integrity check, its log folded in and the
 * journal switched to WAL like every vault. The copy's audit trail is anchored where it ends, in
 * the staging folder, so the anchor reaches the vault folder with its database (the anchor of
 * the vault it replaces records a later entry). Returns the staging folder and the rows it holds.
 * The source is only read, so a set-aside vault stays exactly as it was.
 */
export function stageRestore(
  vaultDir: string,
  sourceFolder: string,
  key: Buffer,
  keyFile: KeyFile,
): { staging: string; contents: Record<string, number> } {
  const staging = join(vaultDir, STAGING);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true, mode: 0o700 });
  const staged = join(staging, DATABASE_FILE);
  copyFileDurably(join(sourceFolder, DATABASE_FILE), staged);
  const log = join(sourceFolder, `${DATABASE_FILE}-wal`);
  if (existsSync(log)) copyFileDurably(log, `${staged}-wal`);
  try {
    const { contents, head } = proveSound(staged, key);
    if (readHeader(staged).toString('hex') !== keyFile.databaseSalt) {
      throw new AppError('VAULT_DAMAGED', 'This backup’s database and key file do not belong together.');
    }
    if (head?.hash) {
      const keyForAnchor = anchorKey(key);
      writeAnchor(staging, keyForAnchor, { id: head.id, hash: head.hash }, new Date());
      keyForAnchor.fill(0);
    }
    return { staging, contents };
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}

function proveSound(
  path: string,
  key: Buffer,
): { contents: Record<string, number>; head: ReturnType<typeof auditHead> } {
  let db: Db;
  try {
    db = openEncrypted(path, key, { create: false });
  } catch (error) {
    if (isFileAccessError(error)) throw error;
    // With the passphrase the key is proven by its wrap, so a refusal here is damage; with a
    // recovery key it may equally be the wrong key: the caller tells the two apart.
    throw new AppError('WRONG_PASSPHRASE', 'That key does not open this backup.');
  }
  try {
    assertNotFromFuture(db);
    const problems = integrityCheck(db, 'main');
    if (problems.length !== 1 || problems[0] !== 'ok') {
      throw new AppError(
        'VAULT_DAMAGED',
        'This backup is damaged (it fails its integrity check). Choose another.',
      );
    }
    useWriteAheadLog(db);
    checkpoint(db, 'TRUNCATE');
    return { contents: tableCounts(db, 'main', false), head: auditHead(db) };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('VAULT_DAMAGED', 'This backup is damaged and cannot be read. Choose another.');
  } finally {
    db.close();
  }
}

/**
 * Puts the staged vault in place. The vault's current files, if any, are first moved into a new
 * set-aside folder (renamed, never deleted); returns that folder's name, or null when there was
 * nothing to keep. Renames within one folder are atomic, so a crash leaves each file whole.
 */
export function swapIn(vaultDir: string, staging: string, keyFileText: string, at: Date): string | null {
  // The anchor goes aside with the vault it anchors, so a set-aside vault can still be checked whole.
  const current = [
    DATABASE_FILE,
    ...LOG_SUFFIXES.map((s) => `${DATABASE_FILE}${s}`),
    KEY_FILE,
    ANCHOR_FILE,
  ].filter((file) => existsSync(join(vaultDir, file)));
  let setAside: string | null = null;
  if (current.length > 0) {
    const root = setAsideRoot(vaultDir);
    mkdirSync(root, { recursive: true, mode: 0o700 });
    setAside = newSetAsideName(at, (name) => existsSync(join(root, name)));
    const folder = join(root, setAside);
    mkdirSync(folder, { mode: 0o700 });
    for (const file of current) renameSync(join(vaultDir, file), join(folder, file));
    fsyncPath(folder);
  }
  // Written into staging, so it reaches the vault folder only together with its database.
  writeFileDurably(join(staging, KEY_FILE), keyFileText);
  for (const file of readdirSync(staging)) renameSync(join(staging, file), join(vaultDir, file));
  rmSync(staging, { recursive: true, force: true });
  fsyncPath(vaultDir);
  return setAside;
}
