import { EventEmitter } from 'node:events';
import type { LockReason, VaultStatus } from '../../shared/contract';
import { MIN_PASSPHRASE_SCORE, passphraseStrength } from '../../shared/vault/passphrase-strength';
import { AppError } from '../errors/app-error';
import type { Db } from '../db/connection';
import { appendAudit } from '../db/audit';
import { readSetting, writeSetting } from '../db/settings';
import type { KdfParams } from './key-file';
import {
  changePassphrase,
  createVault,
  recoverVault,
  revealRecoveryKey,
  unlockVault,
  type OpenVault,
} from './vault';
import { inspectVaultFolder } from './vault-files';

export const DEFAULT_AUTO_LOCK_MINUTES = 10;
const FREE_ATTEMPTS = 3;
const MAX_DELAY_MS = 60_000;

export interface VaultSessionOptions {
  dir: string;
  kdf?: KdfParams;
  now?: () => number;
}

/**
 * The one open vault of this process, and the rules around it: who may unlock and how often, when
 * it locks itself, and that nothing reaches the database while it is locked.
 */
export class VaultSession extends EventEmitter<{ locked: [LockReason] }> {
  private open: OpenVault | null = null;
  private failures = 0;
  private retryAt = 0;
  private lastActivity = 0;
  private idleTimer: NodeJS.Timeout | null = null;
  private readonly now: () => number;

  constructor(private readonly options: VaultSessionOptions) {
    super();
    this.now = options.now ?? Date.now;
  }

  get dir(): string {
    return this.options.dir;
  }

  status(): VaultStatus {
    let state: VaultStatus['state'] = this.open ? 'unlocked' : 'locked';
    let problem: VaultStatus['problem'] = null;
    if (!this.open) {
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
    };
  }

  /** The open database, or LOCKED: every service reaches the data through here. */
  db(): Db {
    if (!this.open) throw new AppError('LOCKED', 'The vault is locked. Unlock it to continue.');
    return this.open.db;
  }

  async create(passphrase: string): Promise<string> {
    assertStrong(passphrase);
    if (this.open) throw new AppError('CONFLICT', 'A vault is already open.');
    const created = await createVault(this.dir, passphrase, { kdf: this.options.kdf });
    this.adopt(created, 'vault.created');
    return created.recoveryKey;
  }

  async unlock(passphrase: string): Promise<void> {
    if (this.open) return;
    this.assertNotThrottled();
    try {
      this.adopt(await unlockVault(this.dir, passphrase), 'vault.unlocked');
    } catch (error) {
      if (error instanceof AppError && error.code === 'WRONG_PASSPHRASE') throw this.recordFailure(error);
      throw error;
    }
  }

  async recover(recoveryKey: string, newPassphrase: string): Promise<void> {
    assertStrong(newPassphrase);
    if (this.open)
      throw new AppError('CONFLICT', 'The vault is open. Change the passphrase in Settings instead.');
    this.assertNotThrottled();
    try {
      this.adopt(
        await recoverVault(this.dir, recoveryKey, newPassphrase, { kdf: this.options.kdf }),
        'vault.recovered',
      );
    } catch (error) {
      if (error instanceof AppError && error.code === 'WRONG_PASSPHRASE') throw this.recordFailure(error);
      throw error;
    }
  }

  async changePassphrase(current: string, newPassphrase: string): Promise<void> {
    assertStrong(newPassphrase);
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

  confirmRecoverySaved(): void {
    writeSetting(this.db(), 'recoveryKeyConfirmed', 'true');
  }

  autoLockMinutes(): number {
    const stored = Number(readSetting(this.db(), 'autoLockMinutes'));
    return Number.isInteger(stored) && stored > 0 ? stored : DEFAULT_AUTO_LOCK_MINUTES;
  }

  setAutoLockMinutes(minutes: number): void {
    writeSetting(this.db(), 'autoLockMinutes', String(minutes));
    this.touch();
  }

  /** A user action, reported by the UI through vault:activity, pushes the auto-lock back. */
  touch(): void {
    this.lastActivity = this.now();
  }

  /** Called on a timer by the host; locks when the clinician has been away long enough. */
  checkIdle(): void {
    if (this.open && this.now() - this.lastActivity >= this.autoLockMinutes() * 60_000) this.lock('idle');
  }

  lock(reason: LockReason): void {
    if (!this.open) return;
    const { db } = this.open;
    this.open = null;
    try {
      appendAudit(db, { action: 'vault.locked', detail: reason });
      db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      // Closing the connection makes SQLCipher wipe its copy of the key and page cache.
      db.close();
    }
    if (this.idleTimer) clearInterval(this.idleTimer);
    this.idleTimer = null;
    this.emit('locked', reason);
  }

  private adopt(opened: OpenVault, action: string): void {
    this.open = opened;
    this.failures = 0;
    this.retryAt = 0;
    this.touch();
    appendAudit(opened.db, { action });
    this.idleTimer = setInterval(() => this.checkIdle(), 15_000);
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
    const over = this.failures - FREE_ATTEMPTS;
    const delay = over >= 0 ? Math.min(MAX_DELAY_MS, 1000 * 2 ** over) : 0;
    this.retryAt = this.now() + delay;
    return new AppError('WRONG_PASSPHRASE', error.message, { retryAfterMs: delay });
  }
}

function assertStrong(passphrase: string): void {
  const strength = passphraseStrength(passphrase);
  if (!strength.acceptable) {
    throw new AppError(
      'VALIDATION',
      `That passphrase is too easy to guess (strength ${strength.score} of 4; at least ${MIN_PASSPHRASE_SCORE} is needed). ${strength.suggestions.join(' ')}`.trim(),
      { issues: [{ path: 'passphrase', message: 'This passphrase is too easy to guess.' }] },
    );
  }
}
