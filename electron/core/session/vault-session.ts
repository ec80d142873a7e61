import { EventEmitter } from 'node:events';
import type { LockReason, VaultStatus } from '../../../shared/contract';
import { AppError } from '../base/app-error';
import { checkpoint, type Db } from '../db/connection';
import { refuseEveryWrite } from '../db/custodian-connection';
import { appendAudit } from '../db/audit';
import { schemaVersion } from '../db/migrate';
import { readSetting, writeSetting } from '../db/settings';
import { InstanceLock } from '../vault/instance-lock';
import type { KdfParams } from '../vault/key-file';
import { CustodianSession } from './custodian-session';
import { EditorSaves, SAVE_BEFORE_LOCK_MS } from './editor-saves';
import { IdleClock } from './idle-clock';
import { openingWriteFailure } from './opening-write-failure';
import { PassphraseTries } from './passphrase-tries';
import { assertStrongPassphrase } from './strong-passphrase';
import { TrailAnchor } from './trail-anchor';
import type { VaultLifecycle } from './vault-lifecycle';
import { VaultWorkers, type TaskOptions } from './vault-workers';
import {
  changePassphrase,
  checkPassphrase,
  createVault,
  openAsCustodian,
  recoverVault,
  revealRecoveryKey,
  unlockVault,
  type OpenVault,
  type VaultOptions,
} from '../vault/vault';
import { inspectVaultFolder, vaultPaths } from '../vault/vault-files';
import type { TaskKind, TaskResult, VaultTask } from './worker-protocol';

export const DEFAULT_AUTO_LOCK_MINUTES = 10;
const TICK_MS = 15_000;

export interface VaultSessionOptions {
  dir: string;
  kdf?: KdfParams;
  /** Check every page at unlock, before anything is written (the command line: see VaultOptions). */
  checkEveryPage?: boolean;
  now?: () => number;
  /**
   * How often the timer calls tick() while a vault is open (15 s by default). Null: no timer, for
   * whoever calls tick() itself, such as tests that must know when the daily backup starts.
   */
  tickMs?: number | null;
}

/**
 * The one open vault of this process, and the rules around it: who may unlock and how often, when
 * it locks itself, and that nothing reaches the database while it is locked.
 */
export class VaultSession extends EventEmitter<{ locked: [LockReason]; 'save-requested': [LockReason] }> {
  private open: OpenVault | null = null;
  private readonly tries: PassphraseTries;
  private readonly idle: IdleClock;
  private readonly now: () => number;
  private lifecycle: VaultLifecycle | null = null;
  private instanceLock: InstanceLock | null = null;
  /** Set when a check found the open vault damaged: it was closed and nothing may write to it. */
  private damage: AppError | null = null;
  /** Background work, with the database key it opens the vault with while the vault is open. */
  private readonly workers: VaultWorkers;
  /** The end of the last lock: its closing work, the lock entry, the database closing. */
  private closing: Promise<void> | null = null;
  private readonly editorSaves = new EditorSaves();
  private readonly anchor: TrailAnchor;
  /**
   * Set when the integrity check found changes made outside Rapport: the vault stays open to be
   * read, its connection refuses every write, and nothing more (no backup, no anchor) is written.
   */
  private evidence: AppError | null = null;
  private readonly custodianSession = new CustodianSession();

  constructor(private readonly options: VaultSessionOptions) {
    super();
    this.now = options.now ?? Date.now;
    this.tries = new PassphraseTries(this.now, () => this.open?.db ?? null);
    this.idle = new IdleClock(this.now);
    this.anchor = new TrailAnchor(options.dir, this.now);
    this.workers = new VaultWorkers(vaultPaths(options.dir).database);
  }

  get dir(): string {
    return this.options.dir;
  }

  useLifecycle(lifecycle: VaultLifecycle): void {
    this.lifecycle = lifecycle;
  }

  status(): VaultStatus {
    let state: VaultStatus['state'] = this.open ? 'unlocked' : 'locked';
    let problem: VaultStatus['problem'] = this.damage
      ? { code: this.damage.code, message: this.damage.message }
      : null;
    if (!this.open && !problem) {
      try {
        if (inspectVaultFolder(this.dir).state === 'absent') state = 'absent';
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        problem = { code: error.code, message: error.message };
      }
    }
    return {
      state,
      problem,
      retryAfterMs: this.tries.retryAfterMs(),
      autoLockMinutes: this.open ? this.autoLockMinutes() : DEFAULT_AUTO_LOCK_MINUTES,
      recoveryKeyConfirmed: this.open ? readSetting(this.open.db, 'recoveryKeyConfirmed') === 'true' : true,
      location: this.dir,
      custodian: this.open !== null && this.custodianSession.isActive,
    };
  }

  /** The open database, or LOCKED: every service reaches the data through here. */
  db(): Db {
    if (this.damage) throw this.damage;
    if (!this.open) throw new AppError('LOCKED', 'The vault is locked. Unlock it to continue.');
    return this.open.db;
  }

  /** The schema version of the open vault (unlocking brings an older one up to date). */
  schemaVersion(): number {
    return schemaVersion(this.db());
  }

  async create(passphrase: string): Promise<string> {
    await assertStrongPassphrase(passphrase);
    if (this.open) throw new AppError('CONFLICT', 'A vault is already open.');
    await this.closing;
    const created = await createVault(this.dir, passphrase, {
      kdf: this.options.kdf,
      keepKey: (key) => this.holdKey(key),
    });
    try {
      this.instanceLock = InstanceLock.acquire(this.dir);
    } catch (error) {
      created.db.close();
      this.dropKey();
      throw error;
    }
    this.adopt(created, 'vault.created');
    return created.recoveryKey;
  }

  async unlock(passphrase: string): Promise<void> {
    if (this.open) return;
    const opened = await this.openThrottled((options) => unlockVault(this.dir, passphrase, options));
    this.adopt(opened, 'vault.unlocked');
  }

  async recover(recoveryKey: string, newPassphrase: string): Promise<void> {
    await assertStrongPassphrase(newPassphrase);
    if (this.open)
      throw new AppError('CONFLICT', 'The vault is open. Change the passphrase in Settings instead.');
    const opened = await this.openThrottled((options) =>
      recoverVault(this.dir, recoveryKey, newPassphrase, { kdf: this.options.kdf, ...options }),
    );
    this.adopt(opened, 'vault.recovered');
  }

  /**
   * The records custodian's way in (see CustodianSession): read-only, opened with the recovery
   * key. A wrong key counts towards the same spacing-out of tries as at unlock.
   */
  async unlockAsCustodian(recoveryKey: string): Promise<void> {
    if (this.open) throw new AppError('CONFLICT', 'The vault is open. Lock it first.');
    const opened = await this.openThrottled((options) => openAsCustodian(this.dir, recoveryKey, options));
    this.adopt(opened, this.custodianSession.begin(opened.db));
  }

  /** Whether the open (or still closing) vault is the records custodian's read-only session. */
  get custodian(): boolean {
    return this.custodianSession.isActive;
  }

  async changePassphrase(current: string, newPassphrase: string): Promise<void> {
    await assertStrongPassphrase(newPassphrase);
    const db = this.db();
    await this.attempt(() => changePassphrase(this.dir, current, newPassphrase, { kdf: this.options.kdf }));
    appendAudit(db, { action: 'vault.passphrase-changed' });
  }

  /** The recovery key again, for a clinician who never confirmed saving it: only with the passphrase. */
  async revealRecoveryKey(passphrase: string): Promise<string> {
    this.db();
    return this.attempt(() => revealRecoveryKey(this.dir, passphrase));
  }

  /**
   * Proves the clinician is here (destroying a record, leaving client mode) by the vault's real key
   * check, without touching the open vault: a wrong passphrase counts towards the same spacing-out
   * of tries as at unlock.
   */
  async verifyPassphrase(passphrase: string): Promise<void> {
    this.db();
    await this.attempt(() => checkPassphrase(this.dir, passphrase));
    this.tries.reset();
  }

  confirmRecoverySaved(): void {
    writeSetting(this.db(), 'recoveryKeyConfirmed', 'true');
  }

  autoLockMinutes(): number {
    const stored = Number(readSetting(this.db(), 'autoLockMinutes'));
    return Number.isInteger(stored) && stored > 0 ? stored : DEFAULT_AUTO_LOCK_MINUTES;
  }

  setAutoLockMinutes(minutes: number): void {
    const db = this.db();
    writeSetting(db, 'autoLockMinutes', String(minutes));
    appendAudit(db, { action: 'settings.changed', detail: 'autoLockMinutes' });
    this.touch();
  }

  /** A user action, reported by the UI through vault:activity, pushes the auto-lock back. */
  touch(): void {
    this.idle.touch();
  }

  /** See IdleClock.keepAwakeWhile: the vault does not lock for idleness while `work` runs. */
  keepAwakeWhile<T>(work: () => Promise<T>): Promise<T> {
    return this.idle.keepAwakeWhile(work);
  }

  /** Called on a timer by the host; locks when the clinician has been away long enough. */
  checkIdle(): void {
    if (this.open && this.idle.idleFor(() => this.autoLockMinutes())) this.lock('idle');
  }

  /** The session's timer: the idle lock, then the scheduled work (daily backup and check). */
  async tick(): Promise<void> {
    this.checkIdle();
    if (!this.open) return;
    this.anchorTrail(this.open.db);
    if (!this.evidence) await this.lifecycle?.tick(this.open.db);
  }

  /** Whether the open vault is kept as evidence: readable, never written. */
  get readOnly(): boolean {
    return this.evidence !== null;
  }

  /**
   * The integrity check found changes made outside Rapport (a signed note edited, the trail cut
   * short, a trigger dropped). The vault stays open so the clinician can see what changed, but
   * nothing more is written to it: not a view's audit entry, not a backup that would rotate out
   * the copies from before, not the anchor. Until it is restored from a backup.
   */
  keepAsEvidence(message: string): void {
    this.evidence = new AppError('VAULT_DAMAGED', message);
    if (this.open) refuseEveryWrite(this.open.db);
  }

  /** Where the open vault's anchor is and the key to read it, for a check of the trail as it is now. */
  anchorContext(): { dir: string; key: Buffer } | null {
    const key = this.anchor.authKey;
    return this.open && key ? { dir: this.dir, key } : null;
  }

  /** The anchor key while a vault is open or still closing (the backup on quit authenticates with it). */
  auditAnchorKey(): Buffer | null {
    return this.anchor.authKey;
  }

  /**
   * The refusal for a write to a vault kept as evidence or opened by the custodian, in place of
   * SQLite's own words.
   */
  refusalOfWrites(): AppError | null {
    return this.evidence ?? this.custodianSession.refusal();
  }

  /**
   * Runs a long read of the open vault (the full check, a backup) in a worker thread with its own
   * connection, so that the app goes on meanwhile. Locking stops it: it rejects with LOCKED.
   */
  inBackground<K extends TaskKind>(task: VaultTask<K>, options?: TaskOptions<K>): Promise<TaskResult<K>> {
    return this.workers.run(task, options);
  }

  /** Resolves once nothing runs on the vault any more: no background work, no lock still closing. */
  async settled(): Promise<void> {
    do {
      await this.closing;
      await this.workers.settled();
      // What a finished task sets off (a damaged vault locking, a backup being recorded) runs now.
      await new Promise((resolve) => setImmediate(resolve));
    } while (this.closing || this.workers.busy);
  }

  /**
   * Runs a passphrase check that is not an unlock (restoring a backup) under the same throttle, so
   * no door into the vault allows faster guessing than the unlock screen.
   */
  attempt<T>(check: () => Promise<T>): Promise<T> {
    return this.tries.attempt(check);
  }

  /**
   * A check found the vault damaged. It is closed at once, without the lock's audit entry,
   * checkpoint or backup (nothing more is written to it), and stays refused until it is restored.
   */
  markDamaged(message: string): void {
    this.damage = new AppError('VAULT_DAMAGED', message);
    if (this.open) this.lock('damaged');
    // Found by the backup of a lock: the UI is told, to show the problem rather than the unlock screen.
    else this.emit('locked', 'damaged');
  }

  /** After a restore replaced the damaged files. */
  clearDamage(): void {
    this.damage = null;
  }

  /**
   * Locks once the UI has saved what its editors hold (see EditorSaves): the UI is asked through
   * 'save-requested' and answers with editorsSaved(); without an answer within waitMs it locks anyway.
   */
  async lockAfterSaves(reason: LockReason, waitMs = SAVE_BEFORE_LOCK_MS): Promise<void> {
    if (!this.open) return;
    await this.editorSaves.waitFor(() => this.emit('save-requested', reason), waitMs);
    this.lock(reason);
  }

  /** The UI's answer to 'save-requested'. */
  editorsSaved(): void {
    this.editorSaves.saved();
  }

  /**
   * Locks at once: from here nothing reaches the database, background work is stopped and the
   * key is zeroed. What locking still does (the backup on lock, in a worker) finishes afterwards,
   * before the database closes; `settled()` says when. On quit there is no afterwards, so all of
   * it happens before this returns.
   */
  lock(reason: LockReason): void {
    if (!this.open) return;
    const { db } = this.open;
    this.open = null;
    this.idle.stop();
    this.workers.stopAll(new AppError('LOCKED', 'The vault locked before this finished.'));
    let closing: Promise<void> | void = undefined;
    try {
      if (reason !== 'damaged' && !this.evidence) closing = this.lifecycle?.closing(db, reason);
    } finally {
      this.workers.dropKey();
      if (closing || (this.workers.busy && reason !== 'quit')) {
        this.closing = Promise.all([closing, this.workers.settled()])
          .then(() => this.close(db, reason))
          // Closing work reports its own failures; the database is closed whatever happened.
          .catch(() => undefined)
          .finally(() => (this.closing = null));
      } else {
        this.close(db, reason);
      }
    }
    this.emit('locked', reason);
  }

  /**
   * Every way in with a secret: once a lock still closing has finished, under the throttle, and
   * only while this process holds the vault's lock file (a failed open lets go of it).
   */
  private async openThrottled(
    open: (options: Pick<VaultOptions, 'keepKey' | 'checkEveryPage'>) => Promise<OpenVault>,
  ): Promise<OpenVault> {
    await this.closing;
    return this.tries.attempt(async () => {
      this.instanceLock = InstanceLock.acquire(this.dir);
      try {
        return await open({
          keepKey: (key) => this.holdKey(key),
          checkEveryPage: this.options.checkEveryPage,
        });
      } catch (error) {
        this.releaseInstanceLock();
        throw error;
      }
    });
  }

  /** The lock entry and checkpoint, unless damage was found (then nothing more is written), and closing. */
  private close(db: Db, reason: LockReason): void {
    try {
      if (!this.damage && !this.evidence) {
        appendAudit(db, { action: this.custodianSession.endAction(), detail: reason });
        this.anchorTrail(db);
        // A worker still stopping (on quit) may read an older moment: take what it allows, without waiting.
        checkpoint(db, this.workers.busy ? 'PASSIVE' : 'TRUNCATE');
      }
    } catch {
      // The vault locks whatever could not be written on the way (a trail changed outside Rapport
      // refuses its lock entry, a full disk its checkpoint): the next unlock's checks find the cause.
    } finally {
      // Closing the connection makes SQLCipher wipe its copy of the key and page cache.
      db.close();
      this.releaseInstanceLock();
      this.workers.retire();
      this.anchor.forget();
      this.evidence = null;
      this.custodianSession.end();
    }
  }

  private holdKey(key: Buffer): void {
    this.workers.holdKey(key);
    this.anchor.hold(key);
  }

  private dropKey(): void {
    this.workers.dropKey();
    this.anchor.drop();
  }

  /** A vault kept as evidence is never anchored. */
  private anchorTrail(db: Db): void {
    if (!this.evidence) this.anchor.bringUpToDate(db);
  }

  private releaseInstanceLock(): void {
    this.instanceLock?.release();
    this.instanceLock = null;
  }

  private adopt(opened: OpenVault, action: string): void {
    this.evidence = null;
    try {
      // Inside the try: reading the trail's end reaches the audit log's last page, which may be damaged.
      const unanchored = action === 'vault.created' ? null : this.anchor.holds(opened.db);
      if (unanchored) {
        this.evidence = new AppError(
          'VAULT_DAMAGED',
          `${unanchored} Rapport keeps this vault as it is: you can read it, but nothing is changed or recorded in it until it is restored from a backup. See Settings → Integrity.`,
        );
        refuseEveryWrite(opened.db);
      }
      this.tries.recordMissedUnlocks(opened.db);
      appendAudit(opened.db, { action });
    } catch (error) {
      // The first writes failed: the vault is not adopted and its lock is let go.
      opened.db.close();
      this.releaseInstanceLock();
      this.dropKey();
      this.custodianSession.end();
      throw openingWriteFailure(error);
    }
    this.tries.missedUnlocksRecorded();
    this.open = opened;
    this.anchorTrail(opened.db);
    this.damage = null;
    this.tries.reset();
    this.touch();
    // The lifecycle records its own failures (backup status).
    this.lifecycle?.opened(opened.db, action === 'vault.created');
    const tickMs = this.options.tickMs === undefined ? TICK_MS : this.options.tickMs;
    if (tickMs !== null) this.idle.start(() => this.tick(), tickMs);
  }
}
