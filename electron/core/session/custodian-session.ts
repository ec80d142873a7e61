import { CUSTODIAN_REFUSAL } from '../../../shared/custodian/custodian-contract';
import { AppError } from '../base/app-error';
import type { Db } from '../db/connection';
import { openToCustodian } from '../db/custodian-connection';

/**
 * The records custodian's read-only session. The recovery key opens the vault and the passphrase
 * stays as it is; SQLite refuses any change but the audit writer's, and the session's start, every
 * entry in it and its end are recorded as the custodian's. Marked from the opening until the
 * database has closed, so the closing work knows it too.
 */
export class CustodianSession {
  private active = false;

  /** Whether the open (or still closing) vault is the custodian's. */
  get isActive(): boolean {
    return this.active;
  }

  /** Makes the connection just opened with the recovery key the custodian's; returns the audit action that opens the session. */
  begin(db: Db): string {
    openToCustodian(db);
    this.active = true;
    return 'custodian.session-started';
  }

  /** The audit action that ends the open vault's session, the custodian's or the clinician's. */
  endAction(): string {
    return this.active ? 'custodian.session-ended' : 'vault.locked';
  }

  /** What a write is refused with in the custodian's session, in place of SQLite's own words. */
  refusal(): AppError | null {
    return this.active ? new AppError('CONFLICT', CUSTODIAN_REFUSAL) : null;
  }

  end(): void {
    this.active = false;
  }
}
