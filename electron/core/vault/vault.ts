import { randomBytes, randomUUID } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { AppError } from '../base/app-error';
import { checkpoint, isFileAccessError, openEncrypted, type Db } from '../db/connection';
import { readEveryTreeRoot } from '../db/integrity';
import { runMaintenance } from '../db/maintenance';
import { assertNotFromFuture, migrate, schemaVersion } from '../db/migrate';
import { writeFileAtomic } from '../base/durable-write';
import { DEFAULT_KDF, unwrapDatabaseKey, wrapDatabaseKey, type KdfParams, type KeyFile } from './key-file';
import { formatRecoveryKey, parseRecoveryKey } from './recovery-key';
import { inspectVaultFolder, readHeader, vaultPaths } from './vault-files';
import { findDamage, verifyVault } from './verify';
import { anchorKey } from './audit-anchor';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { finishSwap } from './restore-swap';

export interface OpenVault {
  db: Db;
  keyFile: KeyFile;
}

export interface VaultOptions {
  /** Tests and the benchmark may lower the KDF cost; the app always uses the default. */
  kdf?: KdfParams;
  /**
   * Called with the database key once the vault is open, for a caller that opens more connections
   * beside this one (the session's background checks and backups). It must copy the key: this
   * buffer is zeroed when the call returns.
   */
  keepKey?: (key: Buffer) => void;
  /**
   * Read and check every page before anything is migrated or written: for the command line, which
   * works and exits before the app's check beside the open vault would have finished.
   */
  checkEveryPage?: boolean;
}

/** Creates a vault in an empty or missing folder and returns it open, with the one-time recovery key. */
export async function createVault(
  dir: string,
  passphrase: string,
  options: VaultOptions = {},
): Promise<OpenVault & { recoveryKey: string }> {
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    throw new AppError('CONFLICT', 'That folder is not empty. Choose an empty folder for a new vault.');
  }
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  // An empty folder the clinician chose keeps its own mode unless told: it is the vault now.
  chmodSync(dir, 0o700);
  const paths = vaultPaths(dir);
  const key = randomBytes(32);
  let db: Db | undefined;
  try {
    db = openEncrypted(paths.database, key, { create: true });
    migrate(db);
    runMaintenance(db);
    // Move page 1 (which carries the cipher salt) from the WAL into the main file so it can be bound.
    checkpoint(db, 'TRUNCATE');
    const binding = { vaultId: randomUUID(), databaseSalt: readHeader(paths.database).toString('hex') };
    const keyFile: KeyFile = {
      format: 'rapport-vault-key',
      version: 1,
      ...binding,
      createdAt: new Date().toISOString(),
      cipher: { name: 'sqlcipher', legacy: 4 },
      passphrase: await wrapDatabaseKey(key, passphrase, binding, options.kdf ?? DEFAULT_KDF),
    };
    writeFileAtomic(paths.keyFile, JSON.stringify(keyFile, null, 2));
    options.keepKey?.(key);
    return { db, keyFile, recoveryKey: formatRecoveryKey(key) };
  } catch (error) {
    db?.close();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  } finally {
    key.fill(0);
  }
}

function openWithKey(dir: string, keyFile: KeyFile, key: Buffer, checkEveryPage = false): OpenVault {
  let db: Db;
  try {
    db = openEncrypted(vaultPaths(dir).database, key, { create: false });
  } catch (error) {
    if (isFileAccessError(error)) {
      throw new AppError(
        'IO',
        'The vault’s files could not be read. Check the folder’s permissions and the disk.',
      );
    }
    // The key is right (the GCM tag or recovery check verified it) and the salt matches, so a
    // database that will not decrypt is damaged, not locked with another key.
    throw new AppError(
      'VAULT_DAMAGED',
      'The vault’s database is damaged and cannot be read. Restore it from a backup.',
    );
  }
  try {
    assertNotFromFuture(db);
    // Opening read the schema; this reads the root of every table and index. Reading all of a
    // large vault takes seconds, so the rest is checked beside the open vault (BackupSchedule).
    readEveryTreeRoot(db);
    const damage = checkEveryPage ? findDamage(db) : null;
    if (damage) {
      throw new AppError(
        'VAULT_DAMAGED',
        `The vault’s database is damaged, so nothing was written to it. ${damage} Restore it from a backup.`,
      );
    }
    const changed = checkEveryPage ? changesMadeOutside(db, dir, key) : null;
    if (changed) {
      throw new AppError(
        'VAULT_DAMAGED',
        `The integrity check found changes made outside Rapport, so nothing was written to the vault. ${changed} Keep this copy as it is, and restore the vault from a backup.`,
      );
    }
    migrate(db);
    runMaintenance(db);
    return { db, keyFile };
  } catch (error) {
    db.close();
    if (error instanceof AppError) throw error;
    throw new AppError(
      'VAULT_DAMAGED',
      'The vault’s database is damaged and cannot be read. Restore it from a backup.',
    );
  }
}

/**
 * The record's own checks (schema, signatures, audit chain and anchor) before anything is written,
 * for the command line: null when they pass, else the findings in words. A vault of an older
 * schema is checked by the app after its upgrade, as its tables are not yet the ones checked here.
 */
function changesMadeOutside(db: Db, dir: string, key: Buffer): string | null {
  if (schemaVersion(db) !== LATEST_SCHEMA_VERSION) return null;
  const keyForAnchor = anchorKey(key);
  try {
    const report = verifyVault(db, { anchor: { dir, key: keyForAnchor }, pages: 'skip' });
    if (report.ok) return null;
    const shown = report.findings.slice(0, 3).map((finding) => finding.message);
    const more = report.findings.length + report.more - shown.length;
    return [...shown, ...(more > 0 ? [`And ${more} more: run "rapport verify" to see them all.`] : [])].join(
      ' ',
    );
  } finally {
    keyForAnchor.fill(0);
  }
}

export async function unlockVault(
  dir: string,
  passphrase: string,
  options: Pick<VaultOptions, 'keepKey' | 'checkEveryPage'> = {},
): Promise<OpenVault> {
  finishSwap(dir);
  const { keyFile, key } = await unwrapWith(dir, passphrase);
  try {
    const opened = openWithKey(dir, keyFile, key, options.checkEveryPage);
    options.keepKey?.(key);
    return opened;
  } finally {
    key.fill(0);
  }
}

/** Opens the vault with the recovery key and sets a new passphrase (a rewrap: the data is untouched). */
export async function recoverVault(
  dir: string,
  recoveryKey: string,
  newPassphrase: string,
  options: VaultOptions = {},
): Promise<OpenVault> {
  return openWithRecoveryKey(dir, recoveryKey, options, async (opened, key) => ({
    db: opened.db,
    keyFile: await rewrap(dir, opened.keyFile, key, newPassphrase, options),
  }));
}

/**
 * Opens the vault with the recovery key alone, leaving the key file as it is: the records
 * custodian's way in, who reads and prints but never holds the clinician's passphrase.
 */
export async function openAsCustodian(
  dir: string,
  recoveryKey: string,
  options: Pick<VaultOptions, 'keepKey' | 'checkEveryPage'> = {},
): Promise<OpenVault> {
  return openWithRecoveryKey(dir, recoveryKey, options, async (opened) => opened);
}

async function openWithRecoveryKey(
  dir: string,
  recoveryKey: string,
  options: Pick<VaultOptions, 'keepKey' | 'checkEveryPage'>,
  then: (opened: OpenVault, key: Buffer) => Promise<OpenVault>,
): Promise<OpenVault> {
  finishSwap(dir);
  const presence = inspectVaultFolder(dir);
  if (presence.state === 'absent') throw new AppError('NOT_FOUND', 'There is no vault in this folder yet.');
  const key = parseRecoveryKey(recoveryKey);
  try {
    let opened: OpenVault;
    try {
      opened = openWithKey(dir, presence.keyFile, key, options.checkEveryPage);
    } catch (error) {
      if (error instanceof AppError && error.code === 'VAULT_DAMAGED') {
        throw new AppError('WRONG_PASSPHRASE', 'That recovery key does not open this vault.');
      }
      throw error;
    }
    let result: OpenVault;
    try {
      result = await then(opened, key);
    } catch (error) {
      opened.db.close();
      throw error;
    }
    options.keepKey?.(key);
    return result;
  } finally {
    key.fill(0);
  }
}

export async function changePassphrase(
  dir: string,
  current: string,
  newPassphrase: string,
  options: VaultOptions = {},
): Promise<KeyFile> {
  const { keyFile, key } = await unwrapWith(dir, current, 'The current passphrase is not right.');
  try {
    return await rewrap(dir, keyFile, key, newPassphrase, options);
  } finally {
    key.fill(0);
  }
}

async function rewrap(
  dir: string,
  keyFile: KeyFile,
  key: Buffer,
  newPassphrase: string,
  options: VaultOptions,
): Promise<KeyFile> {
  const next: KeyFile = {
    ...keyFile,
    passphrase: await wrapDatabaseKey(key, newPassphrase, keyFile, options.kdf ?? DEFAULT_KDF),
  };
  writeFileAtomic(vaultPaths(dir).keyFile, JSON.stringify(next, null, 2));
  return next;
}

/** The key file and the database key it holds, unwrapped with the passphrase (an authenticated unwrap, not a comparison). */
async function unwrapWith(
  dir: string,
  passphrase: string,
  wrong = 'That passphrase does not open this vault.',
): Promise<{ keyFile: KeyFile; key: Buffer }> {
  const presence = inspectVaultFolder(dir);
  if (presence.state === 'absent') throw new AppError('NOT_FOUND', 'There is no vault in this folder yet.');
  const key = await unwrapDatabaseKey(presence.keyFile, passphrase);
  if (!key) throw new AppError('WRONG_PASSPHRASE', wrong);
  return { keyFile: presence.keyFile, key };
}

/** Proves the passphrase opens this vault, without opening anything: the key is wiped at once. */
export async function checkPassphrase(dir: string, passphrase: string): Promise<void> {
  (await unwrapWith(dir, passphrase)).key.fill(0);
}

/** The recovery key is the database key in a written form, so it can be shown again from the key file. */
export async function revealRecoveryKey(dir: string, passphrase: string): Promise<string> {
  const { key } = await unwrapWith(dir, passphrase);
  try {
    return formatRecoveryKey(key);
  } finally {
    key.fill(0);
  }
}
