import { existsSync, rmSync, statSync } from 'node:fs';
import { EventEmitter } from 'node:events';
import { join, resolve } from 'node:path';
import {
  BACKUP_STALE_AFTER_DAYS,
  type BackupEntry,
  type BackupFolderFacts,
  type BackupProgress,
  type BackupStatus,
  type BackupSummary,
} from '../../../../shared/backup/backup-contract';
import { appendAudit } from '../../db/audit';
import { totalChanges } from '../../db/backups';
import type { Db } from '../../db/connection';
import { readSetting, writeSetting } from '../../db/settings';
import { AppError } from '../../base/app-error';
import { unwrapDatabaseKey, type KeyFile } from '../../vault/key-file';
import { parseRecoveryKey } from '../../vault/recovery-key';
import type { VaultSession } from '../../session/vault-session';
import {
  describeBackups,
  describeFolder,
  findBackups,
  readerForOpenVault,
  readerWithKey,
  readKeyFileIn,
  sameDatabase,
  UNREADABLE,
  type CatalogueScope,
  type ContentsReader,
} from '../../vault/backups/backup-catalogue';
import { describeFailure, isDamage } from '../../vault/backups/backup-failure';
import {
  partialFolders,
  runBackupJob,
  type BackupJobRequest,
  type BackupJobResult,
} from '../../vault/backups/backup-job';
import { backupId, newBackupName, secondBackupsRoot, vaultBackupsRoot } from '../../vault/backup-layout';
import { readManifest, type BackupTrigger } from '../../vault/backups/backup-manifest';
import { assertUsableSecondFolder } from './second-folder';

const SECOND_FOLDER_SETTING = 'backupSecondFolder';
export const DAY_MS = 86_400_000;
/** Distinct key wraps tried when reading backups while locked (each costs one passphrase derivation). */
const MAX_WRAPS_TRIED = 4;

/** One backup being made, from the moment it was asked for. */
interface BackupRun {
  request: BackupJobRequest;
  started: number;
  /** The vault's write count then: anything written while a worker copies may be missing from the copy. */
  changesAtStart: number;
  progress: BackupProgress;
  /** Its outcome, when a worker makes it: a backup asked for meanwhile joins this one. */
  outcome?: Promise<BackupSummary>;
}

/** The proof that opens a chosen backup folder to read what it holds. */
export type ChosenSecret = { passphrase: string } | { recoveryKey: string };

/**
 * Backups of the vault: making them (verified, to the vault's folder and a second one), keeping
 * the right ones, and finding and reading them. The schedule decides when; this does the work.
 */
export class BackupService extends EventEmitter<{ progress: [BackupProgress] }> {
  private running: BackupRun | null = null;
  private lastError: { at: string; message: string } | null = null;
  private secondFolder: string | null = null;
  private vaultId: string | null = null;
  private cleanAt = -1;
  private lastGoodAt: Date | null | undefined = undefined;
  /**
   * What each backup holds, by file and its size and time: a backup never changes once written,
   * and reading a large one costs a tenth of a second or more, so a list is read once per run.
   */
  private readonly contents = new Map<string, ReturnType<ContentsReader>>();

  constructor(
    private readonly session: VaultSession,
    private readonly now: () => Date = () => new Date(),
  ) {
    super();
  }

  /** When the vault opens: the settings backups need, and "nothing changed since" from here. */
  opened(db: Db): void {
    this.secondFolder = readSetting(db, SECOND_FOLDER_SETTING) || null;
    this.vaultId = readKeyFileIn(this.session.dir)?.vaultId ?? null;
    this.lastGoodAt = undefined;
    this.cleanAt = totalChanges(db);
  }

  /** A restore replaced the vault: a failure of the vault it replaced no longer applies. */
  restored(): void {
    this.lastError = null;
  }

  /** Anything written since the vault opened or was last backed up (an audit entry counts). */
  hasChanges(db: Db): boolean {
    return totalChanges(db) !== this.cleanAt;
  }

  /** A day or more since the last good backup, or none at all. */
  dailyDue(): boolean {
    const last = this.lastGoodTime();
    return last === null || this.now().getTime() - last.getTime() >= DAY_MS;
  }

  status(): BackupStatus {
    const last = findBackups(this.scope()).find((backup) => backup.location !== 'set-aside') ?? null;
    const ageMs = last ? this.now().getTime() - last.createdAt.getTime() : Infinity;
    return {
      lastGood: last && {
        id: backupId(last.location, last.name),
        createdAt: last.createdAt.toISOString(),
        trigger: last.manifest!.trigger,
      },
      stale: ageMs > BACKUP_STALE_AFTER_DAYS * DAY_MS,
      running: this.running?.progress ?? null,
      lastError: this.lastError,
      folder: vaultBackupsRoot(this.session.dir),
      secondFolder: this.secondFolder,
    };
  }

  /**
   * Backs up the open vault on this thread, on its own connection: from the command line, and on
   * quit, when the process ends as soon as locking returns. A failure is recorded for the status
   * and thrown; damage found on the way closes the vault.
   */
  run(db: Db, trigger: BackupTrigger): BackupSummary {
    const run = this.start(db, trigger);
    try {
      return this.record(
        db,
        run,
        runBackupJob(
          db,
          run.request,
          (progress) => this.report(run, progress),
          this.session.auditAnchorKey(),
        ),
      );
    } catch (error) {
      throw this.fail(error);
    } finally {
      if (this.running === run) this.running = null;
    }
  }

  /**
   * "Back up now". Resolves when the backup is written and verified; progress comes as events. One
   * the schedule is already making is that backup: its progress, then its result or its failure.
   */
  async runWithProgress(): Promise<BackupSummary> {
    return this.runInBackground(this.session.db(), 'manual');
  }

  /**
   * Backs up in a worker thread with its own connection, while the app goes on (daily, on lock,
   * "Back up now"); only recording it happens here, on the vault's connection. A backup asked for
   * while another is being made joins it, except the lock's own: locking stops the other, and the
   * lock's starts while that one winds down. The session keeps the database open until it is done.
   */
  runInBackground(db: Db, trigger: BackupTrigger): Promise<BackupSummary> {
    const underway = this.running?.outcome;
    if (underway && trigger !== 'lock') return underway;
    const run = this.start(db, trigger);
    run.outcome = this.makeInWorker(db, run);
    return run.outcome;
  }

  /**
   * Backups newest first. Open, each is read through the vault's own connection. Locked, a
   * passphrase unwraps the key (throttled like unlocking) to read them; without one, no contents.
   */
  async list(passphrase?: string): Promise<BackupEntry[]> {
    const backups = findBackups(this.scope());
    const current = readKeyFileIn(this.session.dir);
    const db = this.openDb();
    if (db) {
      return describeBackups(backups, {
        current,
        reference: current,
        read: this.cached(readerForOpenVault(db)),
      });
    }
    if (passphrase === undefined) return describeBackups(backups, { current, reference: null, read: null });
    const candidates = [current, ...backups.map((backup) => readKeyFileIn(backup.folder))];
    const { key, keyFile } = await this.unwrapAny(passphrase, candidates);
    try {
      return describeBackups(backups, { current, reference: keyFile, read: this.cached(readerWithKey(key)) });
    } finally {
      key.fill(0);
    }
  }

  /**
   * What a folder chosen to restore from holds. A backup of the open vault is read with its key;
   * otherwise with the passphrase (its own key file, or the vault's when they share a database)
   * or the recovery key, each under the unlock screen's throttle.
   */
  async describeChosen(folder: string, secret: ChosenSecret | null): Promise<BackupFolderFacts> {
    const manifest = readManifest(folder);
    const current = readKeyFileIn(this.session.dir);
    const own = readKeyFileIn(folder);
    const shared = own !== null && current !== null && sameDatabase(own, current);
    const db = this.openDb();
    if (db && shared) {
      return describeFolder(folder, manifest, { current, reference: current, read: readerForOpenVault(db) });
    }
    if (!secret) return describeFolder(folder, manifest, { current, reference: null, read: null });
    if ('passphrase' in secret) {
      const { key, keyFile } = await this.unwrapAny(secret.passphrase, shared ? [current, own] : [own]);
      try {
        return describeFolder(folder, manifest, { current, reference: keyFile, read: readerWithKey(key) });
      } finally {
        key.fill(0);
      }
    }
    const key = parseRecoveryKey(secret.recoveryKey);
    try {
      return await this.session.attempt(async () => {
        const facts = describeFolder(folder, manifest, { current, reference: own, read: readerWithKey(key) });
        // Only opening the database proves a recovery key, so a refusal may be either a wrong key
        // or damage; it counts as a failed attempt like a wrong key at the unlock screen.
        if (facts.contents === null && facts.problem === UNREADABLE) {
          throw new AppError(
            'WRONG_PASSPHRASE',
            'That recovery key does not open this backup, or the backup is damaged.',
          );
        }
        return facts;
      });
    } finally {
      key.fill(0);
    }
  }

  /** Sets or clears the second folder. It must exist, be writable and lie outside the vault. */
  setSecondFolder(path: string | null): BackupStatus {
    const db = this.session.db();
    const folder = path === null ? null : resolve(path);
    if (folder !== null) assertUsableSecondFolder(folder, this.session.dir, this.scope().vaultId);
    writeSetting(db, SECOND_FOLDER_SETTING, folder ?? '');
    appendAudit(db, { action: 'settings.changed', detail: 'backup second folder' });
    this.secondFolder = folder;
    return this.status();
  }

  /** Where backups are looked for; the vault's id scopes the second folder. */
  scope(): CatalogueScope {
    return {
      vaultDir: this.session.dir,
      vaultId: this.vaultId ?? readKeyFileIn(this.session.dir)?.vaultId ?? null,
      secondFolder: this.secondFolder,
    };
  }

  /**
   * Unwraps the database key from the first key file the passphrase opens, under the session's
   * throttle. Key files of one vault differ only when the passphrase changed between backups.
   */
  async unwrapAny(
    passphrase: string,
    candidates: readonly (KeyFile | null)[],
  ): Promise<{ key: Buffer; keyFile: KeyFile }> {
    const seen = new Set<string>();
    const distinct = candidates.filter((file): file is KeyFile => {
      if (!file || seen.has(file.passphrase.wrap.data)) return false;
      seen.add(file.passphrase.wrap.data);
      return true;
    });
    return this.session.attempt(async () => {
      for (const keyFile of distinct.slice(0, MAX_WRAPS_TRIED)) {
        const key = await unwrapDatabaseKey(keyFile, passphrase);
        if (key) return { key, keyFile };
      }
      throw new AppError('WRONG_PASSPHRASE', 'That passphrase opens neither the vault nor its backups.');
    });
  }

  private async makeInWorker(db: Db, run: BackupRun): Promise<BackupSummary> {
    try {
      const result = await this.session.inBackground(
        { kind: 'backup', input: run.request },
        {
          onProgress: (progress) => this.report(run, progress),
          cleanUp: () => {
            for (const folder of partialFolders(run.request))
              rmSync(folder, { recursive: true, force: true });
          },
        },
      );
      if (!db.open) throw new AppError('LOCKED', 'The vault locked before the backup finished.');
      return this.record(db, run, result);
    } catch (error) {
      if (error instanceof AppError && error.code === 'LOCKED') {
        throw this.fail(new AppError('LOCKED', 'The vault locked before the backup finished.'));
      }
      throw this.fail(error);
    } finally {
      if (this.running === run) this.running = null;
    }
  }

  private start(db: Db, trigger: BackupTrigger): BackupRun {
    const at = this.now();
    const root = vaultBackupsRoot(this.session.dir);
    const vaultId = this.scope().vaultId;
    const secondRoot = this.secondFolder && vaultId ? secondBackupsRoot(this.secondFolder, vaultId) : null;
    const run: BackupRun = {
      request: {
        vaultDir: this.session.dir,
        name: newBackupName(at, (candidate) => existsSync(join(root, candidate))),
        trigger,
        at,
        secondRoot,
      },
      started: performance.now(),
      changesAtStart: totalChanges(db),
      progress: { phase: 'writing', step: 1, steps: secondRoot ? 3 : 2 },
    };
    this.running = run;
    return run;
  }

  /** The backup is made: the audit entry, the status, the summary. */
  private record(db: Db, run: BackupRun, result: BackupJobResult): BackupSummary {
    const { at, trigger } = run.request;
    this.lastGoodAt = at;
    const unchanged = totalChanges(db) === run.changesAtStart;
    appendAudit(db, { action: 'backup.created', entity: 'backup', entityId: result.name, detail: trigger });
    // Whatever was saved while a worker made the copy may not be in it: the vault still counts as changed.
    this.cleanAt = unchanged ? totalChanges(db) : run.changesAtStart;
    this.lastError = result.secondError ? { at: at.toISOString(), message: result.secondError } : null;
    const steps = run.progress.steps;
    this.emit('progress', { phase: 'done', step: steps, steps });
    return {
      id: backupId('vault', result.name),
      createdAt: at.toISOString(),
      trigger,
      bytes: result.manifest.databaseBytes,
      counts: result.counts,
      secondCopy: result.secondCopy,
      ms: Math.round(performance.now() - run.started),
    };
  }

  private cached(read: ContentsReader): ContentsReader {
    return (database) => {
      const { size, mtimeMs } = statSync(database);
      const key = `${database}\0${size}\0${mtimeMs}`;
      let found = this.contents.get(key);
      if (!found) {
        found = read(database);
        this.contents.set(key, found);
      }
      return found;
    };
  }

  private report(run: BackupRun, progress: BackupProgress): void {
    run.progress = progress;
    this.emit('progress', progress);
  }

  private fail(error: unknown): AppError {
    const message = describeFailure(error);
    this.lastError = { at: this.now().toISOString(), message };
    // A backup may be on disk although a later step failed: the next look reads what is there.
    this.lastGoodAt = undefined;
    this.emit('progress', { phase: 'failed', step: 0, steps: 0 });
    if (isDamage(error)) {
      this.session.markDamaged(
        'The vault’s database turned out to be damaged while it was being backed up. Nothing more was written to it. Restore it from a backup.',
      );
      return new AppError('VAULT_DAMAGED', message);
    }
    return error instanceof AppError ? error : new AppError('IO', message);
  }

  private lastGoodTime(): Date | null {
    if (this.lastGoodAt === undefined) {
      const last = findBackups(this.scope()).find((backup) => backup.location !== 'set-aside');
      this.lastGoodAt = last?.createdAt ?? null;
    }
    return this.lastGoodAt;
  }

  private openDb(): Db | null {
    try {
      return this.session.db();
    } catch (error) {
      if (error instanceof AppError) return null;
      throw error;
    }
  }
}
