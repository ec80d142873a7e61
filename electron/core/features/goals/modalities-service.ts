import { z } from 'zod';
import { COMMON_MODALITIES } from '../../../../shared/goals/treatment-plan-contract';
import { appendAudit } from '../../db/audit';
import type { Db } from '../../db/connection';
import { readJsonSetting, writeJsonSetting } from '../../db/settings';

const SETTING_KEY = 'plan.modalities';
const stored = z.array(z.string());

/** The approaches the plan editor offers: the common ones, then the clinician's own. */
export class ModalitiesService {
  constructor(private readonly db: () => Db) {}

  get() {
    const custom = stored.safeParse(readJsonSetting(this.db(), SETTING_KEY));
    return { common: [...COMMON_MODALITIES], custom: custom.success ? custom.data : [] };
  }

  set(custom: readonly string[]) {
    const db = this.db();
    const common = new Set(COMMON_MODALITIES.map((m) => m.toLowerCase()));
    const own = custom.map((m) => m.trim()).filter((m) => !common.has(m.toLowerCase()));
    db.transaction(() => {
      writeJsonSetting(db, SETTING_KEY, own);
      appendAudit(db, { action: 'settings.modalities-changed', entity: 'settings', entityId: SETTING_KEY });
    })();
    return this.get();
  }
}
