import { EMPTY_PRACTICE, practiceSchema, type Practice } from '../../../../shared/practice/practice-contract';
import { appendAudit } from '../../db/audit';
import type { Db } from '../../db/connection';
import { readJsonSetting, writeJsonSetting } from '../../db/settings';

const SETTING_KEY = 'practice.letterhead';

/** The letterhead lives in the vault's settings table, as one JSON value. */
export class PracticeService {
  constructor(private readonly db: () => Db) {}

  get(): Practice {
    const stored = readJsonSetting(this.db(), SETTING_KEY);
    if (stored === undefined) return EMPTY_PRACTICE;
    // A value written by a later version may carry fields this one does not know: keep what it knows.
    const parsed = practiceSchema.safeParse(pickKnown(stored));
    return parsed.success ? parsed.data : EMPTY_PRACTICE;
  }

  update(practice: Practice): Practice {
    const db = this.db();
    db.transaction(() => {
      writeJsonSetting(db, SETTING_KEY, practice);
      appendAudit(db, { action: 'practice.updated', entity: 'settings' });
    })();
    return practice;
  }
}

function pickKnown(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return {};
  const known = Object.keys(practiceSchema.shape);
  return Object.fromEntries(Object.entries(value).filter(([key]) => known.includes(key)));
}
