import type { LockReason } from '../../shared/contract';
import { quickCheckFromDisk } from '../db/backups';
import type { Db } from '../db/connection';
import type { VaultLifecycle, VaultSession } from '../vault/vault-session';
import { isDamage } from './backup-failure';
import { DAY_MS, type BackupService } from './backup-service';

/**
 * When backups and checks happen while a vault is open: a backup when it locks or the app quits
 * (if anything changed, or the last one is a day old), a backup once a day while it stays open,
 * and a daily quick check of every page on disk that closes the vault if it finds damage.
 * Failures are recorded in the backup status; none stops the vault from locking.
 */
export class BackupSchedule implements VaultLifecycle {
  private lastCheckAt = 0;

  constructor(
    private readonly session: VaultSession,
    private readonly backups: BackupService,
    private readonly now: () => Date = () => new Date(),
  ) {}

  opened(db: Db): void {
    this.backups.opened(db);
    // Unlocking has just run the quick check.
    this.lastCheckAt = this.now().getTime();
  }

  tick(db: Db): void {
    if (this.now().getTime() - this.lastCheckAt >= DAY_MS) {
      this.lastCheckAt = this.now().getTime();
      if (!this.checkSound(db)) return;
    }
    if (this.backups.dailyDue()) this.backUp(db, 'daily');
  }

  closing(db: Db, reason: LockReason): void {
    // A restore sets the replaced vault aside whole; a backup of it would only add a copy.
    if (reason === 'restore') return;
    if (this.backups.hasChanges(db) || this.backups.dailyDue()) {
      this.backUp(db, reason === 'quit' ? 'quit' : 'lock');
    }
  }

  private backUp(db: Db, trigger: 'daily' | 'lock' | 'quit'): void {
    try {
      this.backups.run(db, trigger);
    } catch {
      // Recorded in the backup status (and a damaged vault closed) by the service itself.
    }
  }

  private checkSound(db: Db): boolean {
    let result: string;
    try {
      result = quickCheckFromDisk(db);
    } catch (error) {
      // Only pages that fail to decrypt or parse are evidence; anything else is retried tomorrow.
      if (!isDamage(error)) return true;
      result = 'unreadable pages';
    }
    if (result === 'ok') return true;
    this.session.markDamaged(
      'The daily check found the vault’s database damaged. Nothing more was written to it. Restore it from a backup.',
    );
    return false;
  }
}
