import { z } from 'zod';
import { MAX_PASSPHRASE_LENGTH } from '../vault/passphrase-limits';

/** A last good backup older than this is shown as a warning in Settings. */
export const BACKUP_STALE_AFTER_DAYS = 3;

const passphrase = z.string().min(1, 'Enter your passphrase.').max(MAX_PASSPHRASE_LENGTH);
/** Ids are what backup:list returned, e.g. "vault:rapport-backup-2026-03-14T10-22-05.123Z". */
const backupId = z.string().min(1, 'Choose a backup.').max(200);
/** A folder the person chose (a picker gives an absolute path); the main side checks it exists. */
export const folderPath = z.string().min(1, 'Choose a folder.').max(4096);

export const BACKUP_PHASES = ['writing', 'copying-to-second-folder', 'pruning', 'done', 'failed'] as const;

/** Pushed as the 'backup:progress' event while a backup runs, and part of backup:status. */
export const backupProgress = z.object({
  phase: z.enum(BACKUP_PHASES),
  /** 1-based step out of `steps`, for a determinate progress bar. */
  step: z.number().int(),
  steps: z.number().int(),
});

const trigger = z.enum(['manual', 'daily', 'lock', 'quit', 'command line']);
const location = z.enum(['vault', 'second', 'set-aside']);
/** Rows per table, read from the encrypted backup itself (never stored in the clear). */
const counts = z.record(z.string(), z.number());

export const backupStatus = z.object({
  lastGood: z.object({ id: z.string(), createdAt: z.string(), trigger }).nullable(),
  /** No good backup, or the last one is older than BACKUP_STALE_AFTER_DAYS. */
  stale: z.boolean(),
  running: backupProgress.nullable(),
  /** The last backup that failed since the app started (cleared by the next success). */
  lastError: z.object({ at: z.string(), message: z.string() }).nullable(),
  /** The vault's own backups folder. */
  folder: z.string(),
  /** The second folder from settings; known once the vault has been unlocked in this run. */
  secondFolder: z.string().nullable(),
});

export const backupSummary = z.object({
  id: z.string(),
  createdAt: z.string(),
  trigger,
  bytes: z.number(),
  counts,
  secondCopy: z.enum(['copied', 'not-set', 'failed']),
  ms: z.number(),
});

/** What a backup folder says of itself, and what it holds once a key has opened it. */
export const backupFolderFacts = z.object({
  /** Null for a vault set aside by a restore, or a bare vault folder (it was not made as a backup). */
  trigger: trigger.nullable(),
  bytes: z.number().nullable(),
  schemaVersion: z.number().nullable(),
  /** Whether it is a backup of the vault in this folder (same vault id). */
  sameVault: z.boolean(),
  /** Null while the vault is locked and no passphrase was given, or when it cannot be read. */
  contents: counts.nullable(),
  /** Why contents could not be read, in plain words; null when they were or none was asked for. */
  problem: z.string().nullable(),
});

export const backupEntry = backupFolderFacts.extend({
  id: z.string(),
  location,
  createdAt: z.string(),
});

/** A folder the person chose to restore from; its date is unknown when it is a bare vault folder. */
export const chosenBackup = backupFolderFacts.extend({ createdAt: z.string().nullable() });

const recoveryKey = z.string().min(1, 'Enter the recovery key.').max(200);
const restoreSource = z.union([z.strictObject({ id: backupId }), z.strictObject({ path: folderPath })]);

export const backupChannels = {
  'backup:status': { input: z.strictObject({}), output: backupStatus },
  /** "Back up now": resolves when the backup is written and verified; progress comes as events. */
  'backup:run': { input: z.strictObject({}), output: backupSummary },
  /** Backups newest first. While locked, a passphrase lets it read what each one holds. */
  'backup:list': {
    input: z.strictObject({ passphrase: passphrase.optional() }),
    output: z.object({ entries: z.array(backupEntry) }),
  },
  /**
   * What a backup folder the person chose holds, before restoring it: its date and kind at once,
   * its contents with the passphrase or recovery key (a wrong one counts as a failed attempt). The
   * open vault's own backups need no secret. Only reads the folder.
   */
  'backup:inspect': {
    input: z.union([
      z.strictObject({ path: folderPath }),
      z.strictObject({ path: folderPath, passphrase }),
      z.strictObject({ path: folderPath, recoveryKey }),
    ]),
    output: chosenBackup,
  },
  /**
   * Replaces the vault with a backup (or a folder holding rapport.db and rapport.key). The vault
   * it replaces is set aside, never deleted, and appears in backup:list so the restore can be
   * undone. Proves the secret first: the passphrase, or the recovery key with a new passphrase.
   * Leaves the restored vault unlocked.
   */
  'backup:restore': {
    input: z.union([
      z.strictObject({ from: restoreSource, passphrase }),
      z.strictObject({
        from: restoreSource,
        recoveryKey,
        newPassphrase: passphrase,
        confirmation: passphrase,
      }),
    ]),
    output: z.object({ restored: z.string(), setAside: z.string().nullable(), contents: counts }),
  },
  /** Sets (or with null clears) the second folder each backup is also copied to. */
  'backup:setSecondFolder': {
    input: z.strictObject({ path: folderPath.nullable() }),
    output: backupStatus,
  },
} as const;

export type BackupStatus = z.output<typeof backupStatus>;
export type BackupSummary = z.output<typeof backupSummary>;
export type BackupEntry = z.output<typeof backupEntry>;
export type BackupFolderFacts = z.output<typeof backupFolderFacts>;
export type ChosenBackup = z.output<typeof chosenBackup>;
export type BackupProgress = z.output<typeof backupProgress>;
