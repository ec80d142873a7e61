import { RISK_LABELS, RISK_LEVELS } from '../../../shared/clients/intake-schema';
import { formatDate } from '../../../shared/dates/format-date';
import type { FieldKind } from './intake-fields';

type RiskLevel = (typeof RISK_LEVELS)[number];

function isRiskLevel(value: unknown): value is RiskLevel {
  return RISK_LEVELS.includes(value as RiskLevel);
}

/**
 * A stored value in words: "Yes", "Current", "3 March 2026", or the text itself. Empty text is ''.
 * Values of an unexpected shape are shown as they are rather than hidden.
 */
export function describeValue(kind: FieldKind | undefined, value: unknown): string {
  if (value === null || value === undefined) return kind === 'yesNo' ? 'Not asked yet' : '';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (kind === 'risk' && isRiskLevel(value)) return RISK_LABELS[value];
  if (kind === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value))
    return formatDate(value);
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Whether a value says anything in a read view: unticked boxes and unanswered questions do not. */
export function isAnswered(kind: FieldKind, value: unknown): boolean {
  if (kind === 'risk') return true;
  if (kind === 'check') return value === true;
  if (kind === 'yesNo') return value === true || value === false;
  return typeof value === 'string' && value.trim().length > 0;
}
