import {
  EMPTY_CUSTODIAN,
  custodianSchema,
  type Custodian,
} from '../../../../shared/custodian/custodian-contract';
import { appendAudit } from '../../db/audit';
import type { Db } from '../../db/connection';
import { readJsonSetting, writeJsonSetting } from '../../db/settings';

const SETTING_KEY = 'custodian';

/** Who looks after the records if the clinician cannot: one JSON value in the vault's settings table. */
export class CustodianService {
  constructor(private readonly db: () => Db) {}

  get(): Custodian {
    const stored = readJsonSetting(this.db(), SETTING_KEY);
    if (stored === undefined) return EMPTY_CUSTODIAN;
    // A value written by a later version may carry fields this one does not know: keep what it knows.
    const parsed = custodianSchema.safeParse(pickKnown(stored));
    return parsed.success ? parsed.data : EMPTY_CUSTODIAN;
  }

  update(custodian: Custodian): Custodian {
    const db = this.db();
    db.transaction(() => {
      writeJsonSetting(db, SETTING_KEY, custodian);
      appendAudit(db, {
        action: 'custodian.updated',
        entity: 'settings',
        detail: `contacts=${custodian.includeContactList ? 'yes' : 'no'}; recoveryKey=${custodian.includeRecoveryKey ? 'yes' : 'no'}`,
      });
    })();
    return custodian;
  }
}

function pickKnown(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return {};
  const known = Object.keys(custodianSchema.shape);
  return Object.fromEntries(Object.entries(value).filter(([key]) => known.includes(key)));
}
