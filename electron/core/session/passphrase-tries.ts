import { AppError } from '../base/app-error';
import { appendAudit } from '../db/audit';
import type { Db } from '../db/connection';

const FREE_ATTEMPTS = 3;
const MAX_DELAY_MS = 60_000;

/**
 * Every try of a secret that opens the vault or proves the clinician is here, whichever door it
 * comes through, so none allows faster guessing than the unlock screen: after three misses each
 * further one doubles the wait, 1 s, 2 s, 4 s … up to a minute, and while it runs nothing is tried.
 * Each miss is recorded in the open vault, or counted while it is locked and recorded once it opens.
 */
export class PassphraseTries {
  private failures = 0;
  private retryAt = 0;
  private missedUnlocks = 0;

  constructor(
    private readonly now: () => number,
    /** The open vault's database, where a miss is recorded; null while it is locked. */
    private readonly openDb: () => Db | null,
  ) {}

  retryAfterMs(): number {
    return Math.max(0, this.retryAt - this.now());
  }

  /** Runs a check of a secret, unless the wait after misses still runs; a miss is recorded and spaced out. */
  async attempt<T>(check: () => Promise<T>): Promise<T> {
    const wait = this.retryAt - this.now();
    if (wait > 0) {
      throw new AppError('WRONG_PASSPHRASE', `Too many attempts. Try again in ${Math.ceil(wait / 1000)} s.`, {
        retryAfterMs: wait,
      });
    }
    try {
      return await check();
    } catch (error) {
      if (error instanceof AppError && error.code === 'WRONG_PASSPHRASE') throw this.failed(error);
      throw error;
    }
  }

  /** Writes the misses counted while the vault was locked into the vault just opened. */
  recordMissedUnlocks(db: Db): void {
    if (this.missedUnlocks === 0) return;
    const count = this.missedUnlocks;
    appendAudit(db, {
      action: 'vault.unlock-failed',
      detail: `${count} failed attempt${count === 1 ? '' : 's'}`,
    });
  }

  /** The vault that just opened holds them now. */
  missedUnlocksRecorded(): void {
    this.missedUnlocks = 0;
  }

  /** The right secret: tries are free again. */
  reset(): void {
    this.failures = 0;
    this.retryAt = 0;
  }

  private failed(error: AppError): AppError {
    this.failures += 1;
    const db = this.openDb();
    if (db) appendAudit(db, { action: 'vault.passphrase-failed' });
    else this.missedUnlocks += 1;
    const over = this.failures - FREE_ATTEMPTS;
    const delay = over >= 0 ? Math.min(MAX_DELAY_MS, 1000 * 2 ** over) : 0;
    this.retryAt = this.now() + delay;
    return new AppError('WRONG_PASSPHRASE', error.message, { retryAfterMs: delay });
  }
}
