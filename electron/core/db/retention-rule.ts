import { DEFAULT_RETENTION_RULE, retentionRule, type RetentionRule } from '../../../shared/clients/retention';
import type { Db } from './connection';
import { readJsonSetting, writeJsonSetting } from './settings';

const RULE_KEY = 'retentionRule';

/** The clinician's rule for their jurisdiction; the defaults until they set one. */
export function readRetentionRule(db: Db): RetentionRule {
  const parsed = retentionRule.safeParse(readJsonSetting(db, RULE_KEY));
  return parsed.success ? parsed.data : DEFAULT_RETENTION_RULE;
}

export function writeRetentionRule(db: Db, rule: RetentionRule): void {
  writeJsonSetting(db, RULE_KEY, rule);
}
