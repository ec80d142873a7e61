import { createHash } from 'node:crypto';

/** The predecessor of the first entry: a chain starts from a known value, not from nothing. */
export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedFields {
  at: string;
  action: string;
  entity: string | null;
  entityId: string | null;
  detail: string | null;
  prevHash: string;
  /** Who acted (migration 024); absent on a trail from before it. */
  actor?: string | null;
}

/**
 * SHA-256 over the entry's fields as a JSON array: the encoding keeps field boundaries and nulls
 * unambiguous ("a", "bc" never hashes like "ab", "c"), and anyone can recompute it from an export.
 * An entry of the records custodian adds "custodian" as a seventh field.
 */
export function auditEntryHash(entry: ChainedFields): string {
  const fields = [entry.at, entry.action, entry.entity, entry.entityId, entry.detail, entry.prevHash];
  // The clinician's entries hash exactly as before the actor existed, so every trail already written
  // still verifies; a custodian's entry also hashes who acted, so neither can pass for the other.
  if (entry.actor === 'custodian') fields.push(entry.actor);
  return createHash('sha256').update(JSON.stringify(fields), 'utf8').digest('hex');
}
