import type { DemoRecord } from './demo-record';
import { HISTORY_RULES, IDENTITY_RULES, RISK_RULES } from './demo-person-rules';
import { PLAN_RULES } from './demo-plan-rules';
import { MONEY_RULES, SESSION_RULES, TEXT_RULES, THEME_RULES } from './demo-care-rules';

/**
 * What a clinician reading a demo record would notice at once, as checks over what was stored.
 * Written from the reader's side, in words of their own, so they hold the generator to account
 * rather than repeat it. Each rule returns what is wrong with one client, or nothing.
 */
export interface CoherenceRule {
  name: string;
  check: (client: DemoRecord) => string | null;
}

export const COHERENCE_RULES: readonly CoherenceRule[] = [
  ...HISTORY_RULES,
  ...IDENTITY_RULES,
  ...RISK_RULES,
  ...THEME_RULES,
  ...SESSION_RULES,
  ...MONEY_RULES,
  ...TEXT_RULES,
  ...PLAN_RULES,
];
