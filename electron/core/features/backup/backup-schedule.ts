import type { LockReason } from '../../../../shared/contract';
import type { Db } from '../../db/connection';
import type { VaultLifecycle } from '../../session/vault-lifecycle';
import type { VaultSession } from '../../session/vault-session';
import { DAY_MS, type BackupService } from './backup-service';

/** The integrity check (features/integrity), run by the schedule; it closes a damaged vault itself. */
export type RunCheck = (occasion: 'unlock' | 'daily') => Promise<{ ok: boolean }>;

/**
 * When backups and checks happen while a vault is open: a check of every page on disk right after
 * unlocking and then daily, which closes the vault if it finds damage; a backup when it locks or
 * the app quits (if anything changed, or the last one is a day old), and once a day while it stays
 * open. Checks and backups run in worker threads beside the open vault (session.inBackground), so
 * the app never waits for them, except the backup on quit. Failures are recorded in the backup
 * status; none stops the vault from locking.
 */
export class BackupSchedule implements VaultLifecycle {
  private lastCheckAt = 0;
  private ticking: Promise<void> | null = null;

  constructor(
    private readonly session: VaultSession,
    private readonly backups: BackupService,
    private readonly runCheck: RunCheck,
    private readonly now: () => Date = () => new Date(),
  ) {}

  opened(db: Db, created: boolean): void {
    this.backups.opened(db);
    this.lastCheckAt = this.now().getTime();
    // Unlocking read the schema and the first page of every table; this reads all the others.
    if (!created) void this.checkSound('unlock');
  }

  /** One round at a time: the session's timer may fire again while a backup is still being made. */
  tick(db: Db): Promise<void> {
    this.ticking ??= this.scheduled(db).finally(() => (this.ticking = null));
    return this.ticking;
  }

  closing(db: Db, reason: LockReason): Promise<void> | void {
    // A restore sets the replaced vault aside whole; a backup of it would only add a copy. The
    // custodian only reads: a backup of theirs would rotate out the clinician's older copies.
    if (reason === 'restore' || this.session.custodian) return;
    if (!this.backups.hasChanges(db) && !this.backups.dailyDue()) return;
    if (reason !== 'quit') return this.backUp(db, 'lock');
    // On quit the process ends as soon as locking returns: this backup is made before, here.
    try {
      this.backups.run(db, 'quit');
    } catch {
      // Recorded in the backup status (and a damaged vault closed) by the service itself.
    }
  }

  private async scheduled(db: Db): Promise<void> {
    if (this.now().getTime() - this.lastCheckAt >= DAY_MS) {
      this.lastCheckAt = this.now().getTime();
      if (!(await this.checkSound('daily'))) return;
    }
    if (this.backups.dailyDue() && !this.session.custodian) await this.backUp(db, 'daily');
  }

  private async backUp(db: Db, trigger: 'daily' | 'lock'): Promise<void> {
    try {
      await this.backups.runInBackground(db, trigger);
    } catch {
      // Recorded in the backup status (and a damaged vault closed) by the service itself.
    }
  }

  /**
   * Every page from disk and the record, in a worker. What it finds closes the vault or keeps it
   * as evidence (the check does that); a backup never copies over what came before. False then.
   */
  private async checkSound(occasion: 'unlock' | 'daily'): Promise<boolean> {
    try {
      return (await this.runCheck(occasion)).ok;
    } catch {
      // Damage that stops the check closed the vault; anything else (it locked first) waits for the next.
      return !this.session.readOnly;
    }
  }
}
