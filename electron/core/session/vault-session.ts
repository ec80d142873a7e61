import { EventEmitter } from 'node:events';
import type { LockReason, VaultStatus } from '../../../shared/contract';
import { CUSTODIAN_REFUSAL } from '../../../shared/custodian/custodian-contract';
import { estimatePassphraseStrength } from '../../../shared/vault/estimate-passphrase-strength';
import { MIN_PASSPHRASE_SCORE } from '../../../shared/vault/passphrase-limits';
import { AppError } from '../base/app-error';
import Database from 'better-sqlite3-multiple-ciphers';
import { checkpoint, isFileAccessError, type Db } from '../db/connection';
import { openToCustodian, refuseEveryWrite } from '../db/custodian-connection';
import { appendAudit, auditHead, chainedHead } from '../db/audit';
import { anchorKey, writeAnchor } from '../vault/audit-anchor';
import { ANCHORED_ACTION, anchorCheck, trailReader } from '../vault/record-checks';
import { schemaVersion } from '../db/migrate';
import { readSetting, writeSetting } from '../db/settings';
import { InstanceLock } from '../vault/instance-lock';
import type { KdfParams } from '../vault/key-file';
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
} from '../vault/vault';
import { inspectVaultFolder, vaultPaths } from '../vault/vault-files';
import type { TaskKind, TaskResult, VaultTask } from './worker-protocol';

export const DEFAULT_AUTO_LOCK_MINUTES = 10;
const FREE_ATTEMPTS = 3;
const MAX_DELAY_MS = 60_000;
const TICK_MS = 15_000;

/**
 * What else happens around an open vault (backups, scheduled checks), kept out of the session so it
 * stays about access. Long work goes to `session.inBackground`. Each hook reports its own
 * failures: none may stop the vault from locking.
 */
export interface VaultLifecycle {
  /** After the vault opened (or was `created` just now) and that was recorded. */
  opened(db: Db, created: boolean): void;
  /** On the session's timer while the vault is open. */
  tick(db: Db): Promise<void> | void;
  /**
   * Once the vault has locked, before its database closes. The session keeps the database open
   * (to this hook alone) until a returned promise settles, and hands the key to background work
   * started here, so the work of locking need not hold up the app.
   */
  closing(db: Db, reason: LockReason): Promise<void> | void;
}

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
/** The longest a lock the app starts on its own waits for the UI to save its editors. */
export const SAVE_BEFORE_LOCK_MS = 2000;

export class VaultSession extends EventEmitter<{ locked: [LockReason]; 'save-requested': [LockReason] }> {
  private open: OpenVault | null = null;
  private failures = 0;
  private retryAt = 0;
  private lastActivity = 0;
  private idleTimer: NodeJS.Timeout | null = null;
  /** Work under way that the idle lock waits for (keepAwakeWhile). */
  private busy = 0;
  private readonly now: () => number;
  private lifecycle: VaultLifecycle | null = null;
  private instanceLock: InstanceLock | null = null;
  /** Set when a check found the open vault damaged: it was closed and nothing may write to it. */
  private damage: AppError | null = null;
  /** Failed unlocks cannot be recorded in a locked vault; they are, once it next opens. */
  private failedUnlocks = 0;
  /** Background work, with the database key it opens the vault with while the vault is open. */
  private readonly workers: VaultWorkers;
  /** The end of the last lock: its closing work, the lock entry, the database closing. */
  private closing: Promise<void> | null = null;
  /** Locks waiting for the UI to say its editors are saved. */
  private readonly awaitingSaves = new Set<() => void>();
  /** The key that authenticates the audit trail's anchor, while the vault is open. */
  private anchorKey: Buffer | null = null;
  /** The entry the anchor file last recorded in this session, so a tick writes only when it moved. */
  private anchored: number | null = null;
  /**
   * Set when the integrity check found changes made outside Rapport: the vault stays open to be
   * read, its connection refuses every write, and nothing more (no backup, no anchor) is written.
   */
  private evidence: AppError | null = null;
  /**
   * The open vault was opened by the records custodian with the recovery key: read-only, every
   * audit entry theirs. Kept until the database has closed, so the closing work knows it too.
   */
  private custodianSession = false;

  constructor(private readonly options: VaultSessionOptions) {
    super();
    this.now = options.now ?? Date.now;
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
      retryAfterMs: Math.max(0, this.retryAt - this.now()),
      autoLockMinutes: this.open ? this.autoLockMinutes() : DEFAULT_AUTO_LOCK_MINUTES,
      recoveryKeyConfirmed: this.open ? readSetting(this.open.db, 'recoveryKeyConfirmed') === 'true' : true,
      location: this.dir,
      custodian: this.open !== null && this.custodianSession,
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
    await assertStrong(passphrase);
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
    await this.closing;
    this.assertNotThrottled();
    const opened = await this.whileHoldingLock(() =>
      unlockVault(this.dir, passphrase, {
        keepKey: (key) => this.holdKey(key),
        checkEveryPage: this.options.checkEveryPage,
      }),
    );
    this.adopt(opened, 'vault.unlocked');
  }

  async recover(recoveryKey: string, newPassphrase: string): Promise<void> {
    await assertStrong(newPassphrase);
    if (this.open)
      throw new AppError('CONFLICT', 'The vault is open. Change the passphrase in Settings instead.');
    await this.closing;
    this.assertNotThrottled();
    const opened = await this.whileHoldingLock(() =>
      recoverVault(this.dir, recoveryKey, newPassphrase, {
        kdf: this.options.kdf,
        keepKey: (key) => this.holdKey(key),
        checkEveryPage: this.options.checkEveryPage,
      }),
    );
    this.adopt(opened, 'vault.recovered');
  }

  /**
   * The records custodian's way in: the recovery key opens the vault read-only (SQLite refuses any
   * change but the audit writer's), the passphrase stays as it is, and the session's start, every
   * entry in it and its end are recorded as the custodian's. A wrong key counts towards the same
   * spacing-out of tries as at unlock.
   */
  async unlockAsCustodian(recoveryKey: string): Promise<void> {
    if (this.open) throw new AppError('CONFLICT', 'The vault is open. Lock it first.');
    await this.closing;
    this.assertNotThrottled();
    const opened = await this.whileHoldingLock(() =>
      openAsCustodian(this.dir, recoveryKey, {
        keepKey: (key) => this.holdKey(key),
        checkEveryPage: this.options.checkEveryPage,
      }),
    );
    openToCustodian(opened.db);
    this.custodianSession = true;
    this.adopt(opened, 'custodian.session-started');
  }

  /** Whether the open (or still closing) vault is the records custodian's read-only session. */
  get custodian(): boolean {
    return this.custodianSession;
  }

  async changePassphrase(current: string, newPassphrase: string): Promise<void> {
    await assertStrong(newPassphrase);
    const db = this.db();
    this.assertNotThrottled();
    try {
      await changePassphrase(this.dir, current, newPassphrase, { kdf: this.options.kdf });
    } catch (error) {
      if (error instanceof AppError && error.code === 'WRONG_PASSPHRASE') throw this.recordFailure(error);
      throw error;
    }
    appendAudit(db, { action: 'vault.passphrase-changed' });
  }

  /** The recovery key again, for a clinician who never confirmed saving it: only with the passphrase. */
  async revealRecoveryKey(passphrase: string): Promise<string> {
    this.db();
    this.assertNotThrottled();
    try {
      return await revealRecoveryKey(this.dir, passphrase);
    } catch (error) {
      if (error instanceof AppError && error.code === 'WRONG_PASSPHRASE') throw this.recordFailure(error);
      throw error;
    }
  }

  /**
   * Proves the clinician is here (destroying a record, leaving client mode) by the vault's real key
   * check, without touching the open vault: a wrong passphrase counts towards the same spacing-out
   * of tries as at unlock.
   */
  async verifyPassphrase(passphrase: string): Promise<void> {
    this.db();
    await this.attempt(() => checkPassphrase(this.dir, passphrase));
    this.failures = 0;
    this.retryAt = 0;
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
    this.lastActivity = this.now();
  }

  /**
   * Work the clinician started and is waiting for (a PDF being printed) is activity: the vault
   * does not lock for idleness under it, which would close the database before the export is
   * written and recorded, and the idle time counts again from when it ends.
   */
  async keepAwakeWhile<T>(work: () => Promise<T>): Promise<T> {
    this.busy += 1;
    try {
      return await work();
    } finally {
      this.busy -= 1;
      this.touch();
    }
  }

  /** Called on a timer by the host; locks when the clinician has been away long enough. */
  checkIdle(): void {
    if (!this.open || this.busy > 0) return;
    if (this.now() - this.lastActivity >= this.autoLockMinutes() * 60_000) this.lock('idle');
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
    return this.open && this.anchorKey ? { dir: this.dir, key: this.anchorKey } : null;
  }

  /** The anchor key while a vault is open or still closing (the backup on quit authenticates with it). */
  auditAnchorKey(): Buffer | null {
    return this.anchorKey;
  }

  /**
   * The refusal for a write to a vault kept as evidence or opened by the custodian, in place of
   * SQLite's own words.
   */
  refusalOfWrites(): AppError | null {
    if (this.evidence) return this.evidence;
    return this.custodianSession ? new AppError('CONFLICT', CUSTODIAN_REFUSAL) : null;
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
  async attempt<T>(check: () => Promise<T>): Promise<T> {
    this.assertNotThrottled();
    try {
      return await check();
    } catch (error) {
      if (error instanceof AppError && error.code === 'WRONG_PASSPHRASE') throw this.recordFailure(error);
      throw error;
    }
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
   * Locks at once: from here nothing reaches the database, background work is stopped and the
   * key is zeroed. What locking still does (the backup on lock, in a worker) finishes afterwards,
   * before the database closes; `settled()` says when. On quit there is no afterwards, so all of
   * it happens before this returns.
   */
  /**
   * Locks once the UI has saved what its editors hold, for a lock the app starts on its own while
   * the clinician may be mid-sentence (the screen locking, quitting): an autosave waits about a
   * second after the last keystroke. The UI is asked through 'save-requested' and answers with
   * editorsSaved(); without an answer within waitMs (no window, a hung page) it locks anyway.
   */
  async lockAfterSaves(reason: LockReason, waitMs = SAVE_BEFORE_LOCK_MS): Promise<void> {
    if (!this.open) return;
    let answered!: () => void;
    const saved = new Promise<void>((resolve) => (answered = resolve));
    this.awaitingSaves.add(answered);
    let timer: NodeJS.Timeout | undefined;
    try {
      this.emit('save-requested', reason);
      await Promise.race([saved, new Promise<void>((resolve) => (timer = setTimeout(resolve, waitMs)))]);
    } finally {
      clearTimeout(timer);
      this.awaitingSaves.delete(answered);
    }
    this.lock(reason);
  }

  /** The UI's answer to 'save-requested'. */
  editorsSaved(): void {
    for (const answered of this.awaitingSaves) answered();
  }

  lock(reason: LockReason): void {
    if (!this.open) return;
    const { db } = this.open;
    this.open = null;
    if (this.idleTimer) clearInterval(this.idleTimer);
    this.idleTimer = null;
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

  /** Opens the vault only while this process holds its lock file; a failed open lets go of it. */
  private async whileHoldingLock(open: () => Promise<OpenVault>): Promise<OpenVault> {
    this.instanceLock = InstanceLock.acquire(this.dir);
    try {
      return await open();
    } catch (error) {
      this.releaseInstanceLock();
      if (error instanceof AppError && error.code === 'WRONG_PASSPHRASE') throw this.recordFailure(error);
      throw error;
    }
  }

  /** The lock entry and checkpoint, unless damage was found (then nothing more is written), and closing. */
  private close(db: Db, reason: LockReason): void {
    try {
      if (!this.damage && !this.evidence) {
        const action = this.custodianSession ? 'custodian.session-ended' : 'vault.locked';
        appendAudit(db, { action, detail: reason });
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
      this.anchorKey?.fill(0);
      this.anchorKey = null;
      this.anchored = null;
      this.evidence = null;
      this.custodianSession = false;
    }
  }

  private holdKey(key: Buffer): void {
    this.workers.holdKey(key);
    this.anchorKey?.fill(0);
    this.anchorKey = anchorKey(key);
  }

  private dropKey(): void {
    this.workers.dropKey();
    this.anchorKey?.fill(0);
    this.anchorKey = null;
  }

  /**
   * Brings the anchor file up to the trail's newest entry. The trail only grows between two calls,
   * so a write is needed only when its end moved; a vault kept as evidence is never anchored.
   */
  private anchorTrail(db: Db): void {
    if (!this.anchorKey || this.evidence) return;
    if (this.anchored === null && !trailReader(db).anchoredBefore()) {
      appendAudit(db, { action: ANCHORED_ACTION });
    }
    const head = chainedHead(db);
    if (!head || head.id === this.anchored) return;
    writeAnchor(this.dir, this.anchorKey, head, new Date(this.now()));
    this.anchored = head.id;
  }

  /**
   * Before anything is written at opening, the trail's end is compared with its anchor: a vault
   * rolled back to older files, or with its newest entries removed or unhashed, must not have its
   * anchor rewritten to match, nor new entries appended to it (the full check runs beside the open
   * vault; this is the part that cannot wait).
   */
  private anchorHolds(db: Db): string | null {
    const head = auditHead(db);
    if (head && head.hash === null) {
      return `The audit trail’s newest entry (${head.id}) has lost its hash: the trail was changed outside Rapport.`;
    }
    if (!this.anchorKey) return null;
    const outcome = anchorCheck(
      { dir: this.dir, key: this.anchorKey },
      head?.hash ? { id: head.id, hash: head.hash } : null,
      trailReader(db),
    );
    return outcome.ok ? null : outcome.detail;
  }

  private releaseInstanceLock(): void {
    this.instanceLock?.release();
    this.instanceLock = null;
  }

  private adopt(opened: OpenVault, action: string): void {
    this.evidence = null;
    try {
      // Inside the try: reading the trail's end reaches the audit log's last page, which may be damaged.
      const unanchored = action === 'vault.created' ? null : this.anchorHolds(opened.db);
      if (unanchored) {
        this.evidence = new AppError(
          'VAULT_DAMAGED',
          `${unanchored} Rapport keeps this vault as it is: you can read it, but nothing is changed or recorded in it until it is restored from a backup. See Settings → Integrity.`,
        );
        refuseEveryWrite(opened.db);
      }
      if (this.failedUnlocks > 0) {
        const count = this.failedUnlocks;
        appendAudit(opened.db, {
          action: 'vault.unlock-failed',
          detail: `${count} failed attempt${count === 1 ? '' : 's'}`,
        });
      }
      appendAudit(opened.db, { action });
    } catch (error) {
      // The first write reached a page the quick check at opening did not read: the vault is not
      // adopted, its lock is let go, and damage is named as damage.
      opened.db.close();
      this.releaseInstanceLock();
      this.dropKey();
      this.custodianSession = false;
      if (error instanceof AppError || !(error instanceof Database.SqliteError)) throw error;
      throw isFileAccessError(error)
        ? new AppError(
            'IO',
            'The vault’s files could not be written. Check the folder’s permissions and the disk.',
          )
        : new AppError(
            'VAULT_DAMAGED',
            'The vault’s database is damaged and cannot be written. Restore it from a backup.',
          );
    }
    this.failedUnlocks = 0;
    this.open = opened;
    this.anchorTrail(opened.db);
    this.damage = null;
    this.failures = 0;
    this.retryAt = 0;
    this.touch();
    this.lifecycle?.opened(opened.db, action === 'vault.created');
    // The lifecycle records its own failures (backup status); an idle lock that fails leaves things as they were.
    const tickMs = this.options.tickMs === undefined ? TICK_MS : this.options.tickMs;
    if (tickMs === null) return;
    this.idleTimer = setInterval(() => void this.tick().catch(() => undefined), tickMs);
    this.idleTimer.unref();
  }

  private assertNotThrottled(): void {
    const wait = this.retryAt - this.now();
    if (wait > 0) {
      throw new AppError('WRONG_PASSPHRASE', `Too many attempts. Try again in ${Math.ceil(wait / 1000)} s.`, {
        retryAfterMs: wait,
      });
    }
  }

  /** After three misses each further one doubles the wait: 1 s, 2 s, 4 s … up to a minute. */
  private recordFailure(error: AppError): AppError {
    this.failures += 1;
    if (this.open) appendAudit(this.open.db, { action: 'vault.passphrase-failed' });
    else this.failedUnlocks += 1;
    const over = this.failures - FREE_ATTEMPTS;
    const delay = over >= 0 ? Math.min(MAX_DELAY_MS, 1000 * 2 ** over) : 0;
    this.retryAt = this.now() + delay;
    return new AppError('WRONG_PASSPHRASE', error.message, { retryAfterMs: delay });
  }
}

async function assertStrong(passphrase: string): Promise<void> {
  const strength = await estimatePassphraseStrength(passphrase);
  if (!strength.acceptable) {
    throw new AppError(
      'VALIDATION',
      `That passphrase is too easy to guess (strength ${strength.score} of 4; at least ${MIN_PASSPHRASE_SCORE} is needed). ${strength.suggestions.join(' ')}`.trim(),
      { issues: [{ path: 'passphrase', message: 'This passphrase is too easy to guess.' }] },
    );
  }
}
