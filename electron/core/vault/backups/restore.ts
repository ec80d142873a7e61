import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { integrityCheck, tableCounts } from '../../db/backups';
import { auditHashAt, chainedHead } from '../../db/audit';
import { checkpoint, isFileAccessError, openEncrypted, useWriteAheadLog, type Db } from '../../db/connection';
import { assertNotFromFuture } from '../../db/migrate';
import { AppError } from '../../base/app-error';
import type { KeyFile } from '../key-file';
import { DATABASE_FILE } from '../location';
import { anchorKey, headMacMatches, writeAnchor } from '../audit-anchor';
import { readManifest, type BackupManifest } from './backup-manifest';
import { verifyVault } from '../verify';
import { readHeader } from '../vault-files';
import { newSetAsideName, setAsideRoot } from '../backup-layout';
import { copyFileDurably } from '../../base/durable-write';
import { commitSwap, currentFiles, finishSwap, stagingFolder } from '../restore-swap';

/**
 * Copies a backup (or any vault folder) beside the vault, opens the copy with the key and proves
 * it sound: not from a newer Rapport, SQLite's full integrity check, its log folded in and the
 * journal switched to WAL like every vault. Returns the staging folder and the rows it holds. The
 * source is only read, so a set-aside vault stays exactly as it was.
 */
export function stageRestore(
  vaultDir: string,
  sourceFolder: string,
  key: Buffer,
  keyFile: KeyFile,
): { staging: string; contents: Record<string, number> } {
  // A restore a crash interrupted after it was decided is finished, not thrown away with its staging.
  finishSwap(vaultDir);
  const staging = stagingFolder(vaultDir);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true, mode: 0o700 });
  const staged = join(staging, DATABASE_FILE);
  copyFileDurably(join(sourceFolder, DATABASE_FILE), staged);
  const log = join(sourceFolder, `${DATABASE_FILE}-wal`);
  if (existsSync(log)) copyFileDurably(log, `${staged}-wal`);
  try {
    const contents = proveSound(staged, key, staging, readManifest(sourceFolder)?.auditHead ?? null);
    if (readHeader(staged).toString('hex') !== keyFile.databaseSalt) {
      throw new AppError('VAULT_DAMAGED', 'This backup’s database and key file do not belong together.');
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
  staging: string,
  recordedHead: BackupManifest['auditHead'],
): Record<string, number> {
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
    // The same checks of the record as the vault's own (no anchor: a backup folder has none).
    const report = verifyVault(db, { anchor: null, pages: 'skip' });
    const finding = report.findings[0];
    if (finding) {
      throw new AppError(
        'VAULT_DAMAGED',
        `This backup does not pass the integrity check: ${finding.message} Choose another.`,
      );
    }
    if (recordedHead) assertReachesManifest(db, key, recordedHead);
    useWriteAheadLog(db);
    checkpoint(db, 'TRUNCATE');
    // The restored trail gets its own anchor, kept with it in staging and moved in together.
    const head = chainedHead(db);
    if (head) writeAnchor(staging, anchorKey(key), head, new Date());
    return tableCounts(db, 'main', false);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('VAULT_DAMAGED', 'This backup is damaged and cannot be read. Choose another.');
  } finally {
    db.close();
  }
}

/** A backup whose trail no longer reaches the entry its manifest recorded was changed after it was made. */
function assertReachesManifest(
  db: Db,
  key: Buffer,
  recorded: NonNullable<BackupManifest['auditHead']>,
): void {
  const head = { id: recorded.entry, hash: recorded.hash };
  const keyForAnchor = anchorKey(key);
  try {
    if (!headMacMatches(keyForAnchor, head, recorded.mac)) {
      throw new AppError(
        'VAULT_DAMAGED',
        'This backup’s manifest does not authenticate with the vault’s key: it was edited or replaced. Choose another.',
      );
    }
  } finally {
    keyForAnchor.fill(0);
  }
  if (auditHashAt(db, recorded.entry) !== recorded.hash) {
    throw new AppError(
      'VAULT_DAMAGED',
      `This backup’s audit trail no longer reaches entry ${recorded.entry}, the one its manifest recorded: it was cut short or rewritten after the backup was made. Choose another.`,
    );
  }
}

/**
 * Puts the staged vault in place. The vault's current files, if any, are moved into a new
 * set-aside folder (renamed, never deleted); returns that folder's name, or null when there was
 * nothing to keep. A crash at any point leaves the old vault, or a decided swap that the next
 * unlock finishes (restore-swap.ts).
 */
export function swapIn(vaultDir: string, keyFileText: string, at: Date): string | null {
  const root = setAsideRoot(vaultDir);
  const setAside =
    currentFiles(vaultDir).length > 0 ? newSetAsideName(at, (name) => existsSync(join(root, name))) : null;
  commitSwap(vaultDir, keyFileText, setAside);
  return setAside;
}
