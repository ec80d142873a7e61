import { auditIsChained, iterateAudit } from './audit';
import type { Db } from './connection';
import { auditEntryHash, GENESIS_HASH } from './audit-hash';

export interface ChainBreak {
  /** The first entry at which the chain no longer holds. */
  id: number;
  reason: string;
}

export interface ChainReport {
  ok: boolean;
  /** Entries whose hash was recomputed and linked. */
  checked: number;
  /** Entries from before the chain existed, not yet sealed (they are at the next unlock). */
  unsealed: number;
  firstBroken: ChainBreak | null;
}

/**
 * Walks the audit trail oldest first, recomputing each entry's hash and checking that it names its
 * predecessor's. It stops at the first broken link: everything after it is unproven, not broken.
 */
export function verifyAuditChain(db: Db): ChainReport {
  if (!auditIsChained(db)) {
    const unsealed = db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
    return { ok: true, checked: 0, unsealed, firstBroken: null };
  }
  let expected = GENESIS_HASH;
  let checked = 0;
  let unsealed = 0;
  for (const row of iterateAudit(db)) {
    if (row.hash === null) {
      unsealed += 1;
      continue;
    }
    if (unsealed > 0) {
      return broken(checked, unsealed, row.id, 'An entry without a hash comes before this sealed entry.');
    }
    if (row.prevHash !== expected) {
      return broken(
        checked,
        unsealed,
        row.id,
        'This entry does not follow the one before it: an entry before it was removed, added or changed.',
      );
    }
    if (auditEntryHash({ ...row, prevHash: row.prevHash }) !== row.hash) {
      return broken(checked, unsealed, row.id, 'This entry was changed after it was written.');
    }
    expected = row.hash;
    checked += 1;
  }
  return { ok: true, checked, unsealed, firstBroken: null };
}

function broken(checked: number, unsealed: number, id: number, reason: string): ChainReport {
  return { ok: false, checked, unsealed, firstBroken: { id, reason } };
}
