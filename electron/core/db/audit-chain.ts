import { auditIsChained, iterateAudit } from './audit';
import type { Db } from './connection';
import { auditEntryHash, GENESIS_HASH } from './audit-hash';

/** The schema version from which every entry must carry its hash (migration 012 sealed the rest). */
export const EVERY_ENTRY_SEALED_FROM = 12;

export interface ChainBreak {
  /** The first entry at which the chain no longer holds. */
  id: number;
  reason: string;
}

export interface ChainReport {
  ok: boolean;
  /** Entries whose hash was recomputed and linked. */
  checked: number;
  /** Entries of a vault from before the chain existed, sealed when it is next unlocked. */
  unsealed: number;
  firstBroken: ChainBreak | null;
  /** The newest entry that verified: what an anchor or a manifest is compared with. */
  head: { id: number; hash: string } | null;
}

/**
 * Walks the audit trail oldest first, recomputing each entry's hash and checking that it names its
 * predecessor's. It stops at the first broken link: everything after it is unproven, not broken.
 *
 * The only trail allowed to hold entries without a hash is one from before the chain existed,
 * where no entry has one (schema older than 6, or older than 12 and never unlocked since 006): a
 * sealed entry beside an unsealed one means hashes were removed, so the chain is broken there.
 */
export function verifyAuditChain(db: Db, schemaVersion: number): ChainReport {
  const total = db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
  if (!auditIsChained(db)) return { ok: true, checked: 0, unsealed: total, firstBroken: null, head: null };
  let expected = GENESIS_HASH;
  let checked = 0;
  let head: ChainReport['head'] = null;
  let seenSealed = false;
  let firstUnsealed: number | null = null;
  for (const row of iterateAudit(db)) {
    if (row.hash === null) {
      if (seenSealed || schemaVersion >= EVERY_ENTRY_SEALED_FROM) {
        return broken(
          checked,
          head,
          row.id,
          'This entry has lost its hash: the trail was changed after it was written.',
        );
      }
      firstUnsealed ??= row.id;
      continue;
    }
    if (firstUnsealed !== null) {
      return broken(
        checked,
        head,
        firstUnsealed,
        'This entry has lost its hash: the trail was changed after it was written.',
      );
    }
    seenSealed = true;
    if (row.prevHash !== expected) {
      return broken(
        checked,
        head,
        row.id,
        'This entry does not follow the one before it: an entry before it was removed, added or changed.',
      );
    }
    if (auditEntryHash({ ...row, prevHash: row.prevHash }) !== row.hash) {
      return broken(checked, head, row.id, 'This entry was changed after it was written.');
    }
    expected = row.hash;
    head = { id: row.id, hash: row.hash };
    checked += 1;
  }
  return { ok: true, checked, unsealed: seenSealed ? 0 : total, firstBroken: null, head };
}

function broken(checked: number, head: ChainReport['head'], id: number, reason: string): ChainReport {
  return { ok: false, checked, unsealed: 0, firstBroken: { id, reason }, head };
}
