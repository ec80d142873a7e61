import type { LockReason } from '../../../../shared/contract';
import type { Db } from '../../db/connection';
import type { VaultLifecycle, VaultSession } from '../../session/vault-session';
import { isDamage } from '../../vault/backups/backup-failure';
import { DAY_MS, type BackupService } from './backup-service';

const DAMAGE_FOUND = {
  unlock:
    'The check after unlocking found the vault’s database damaged. Nothing more was written to it. Restore it from a backup.',
  daily:
    'The daily check found the vault’s database damaged. Nothing more was written to it. Restore it from a backup.',
} as const;

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
    // A restore sets the replaced vault aside whole; a backup of it would only add a copy.
    if (reason === 'restore') return;
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
    if (this.backups.dailyDue()) await this.backUp(db, 'daily');
  }

  private async backUp(db: Db, trigger: 'daily' | 'lock'): Promise<void> {
    try {
      await this.backups.runInBackground(db, trigger);
    } catch {
      // Recorded in the backup status (and a damaged vault closed) by the service itself.
    }
  }

  /** Reads every page from disk in a worker; damage closes the vault. False when it was found. */
  private async checkSound(when: keyof typeof DAMAGE_FOUND): Promise<boolean> {
    let sound: boolean;
    try {
      ({ sound } = await this.session.inBackground({ kind: 'check', input: null }));
    } catch (error) {
      // Only pages that fail to decrypt or parse are evidence; anything else (the vault locked
      // first, say) leaves it to the next check.
      if (!isDamage(error)) return true;
      sound = false;
    }
    if (!sound) this.session.markDamaged(DAMAGE_FOUND[when]);
    return sound;
  }
}
