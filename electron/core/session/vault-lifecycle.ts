import type { LockReason } from '../../../shared/contract';
import type { Db } from '../db/connection';

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
