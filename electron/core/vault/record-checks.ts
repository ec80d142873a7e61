import type { Finding } from '../../../shared/integrity/integrity-contract';
import { auditDetails, auditHashAt, listAudit } from '../db/audit';
import { verifyAuditChain } from '../db/audit-chain';
import type { Db } from '../db/connection';
import { schemaDifferences } from '../db/frozen-schema';
import { addendumHash } from '../db/note-fingerprint';
import { allAddenda, signedNoteFingerprints } from '../db/notes';
import { readAnchor, type AuditHead } from './audit-anchor';

/*
 * The checks of the record itself, beside the checks of its pages: that the schema is the one its
 * version froze (a dropped trigger is a finding), that every signature still matches, that the
 * audit trail is one unbroken chain, and that it reaches its anchor. Each says what it found in
 * words a clinician can act on, with the record concerned, and never quotes clinical text.
 */

export interface CheckOutcome {
  ok: boolean;
  detail: string;
  findings: Finding[];
}

const PROBLEM_WORDS = {
  missing: 'has been removed',
  changed: 'has been altered',
  unexpected: 'was added outside Rapport',
} as const;

const GUARDED_BY_TRIGGERS =
  'Protections such as "a signed note cannot be changed" are triggers: without them the database no longer refuses such changes.';

export function schemaCheck(db: Db, version: number): CheckOutcome {
  const differences = schemaDifferences(db, version);
  const findings = differences.map((difference): Finding => ({
    check: 'schema',
    message:
      `The ${difference.type} "${difference.name}" ${PROBLEM_WORDS[difference.problem]}.` +
      (difference.type === 'trigger' ? ` ${GUARDED_BY_TRIGGERS}` : ''),
    record: { kind: 'schema-object', id: difference.name, clientId: null },
  }));
  return {
    ok: findings.length === 0,
    detail:
      findings.length === 0
        ? `Every table, index and trigger is as schema version ${version} defines it.`
        : `${findings.length} part${findings.length === 1 ? '' : 's'} of the schema differ from version ${version}: ${differences.map((d) => `${d.type} ${d.name} ${d.problem}`).join('; ')}.`,
    findings,
  };
}

const FINGERPRINT = /^(?:addendum (\S+) )?fingerprint ([0-9a-f]{64})$/;

/** What the trail recorded at each signing: note id → fingerprint, addendum id → note id and fingerprint. */
function fingerprintsInTrail(db: Db) {
  const notes = new Map<string, string | null>();
  for (const entry of auditDetails(db, 'note.signed')) {
    if (entry.entityId === null) continue;
    notes.set(entry.entityId, FINGERPRINT.exec(entry.detail ?? '')?.[2] ?? null);
  }
  const addenda = new Map<string, { noteId: string; hash: string }>();
  for (const entry of auditDetails(db, 'note.addended')) {
    const match = FINGERPRINT.exec(entry.detail ?? '');
    if (entry.entityId !== null && match?.[1])
      addenda.set(match[1], { noteId: entry.entityId, hash: match[2]! });
  }
  // A note destroyed with its client's record at the end of its retention left a chained entry of its own.
  for (const entry of auditDetails(db, 'note.destroyed')) {
    if (entry.entityId === null) continue;
    notes.delete(entry.entityId);
    for (const [id, addendum] of addenda) if (addendum.noteId === entry.entityId) addenda.delete(id);
  }
  return { notes, addenda };
}

export function signaturesCheck(db: Db): CheckOutcome {
  const trail = fingerprintsInTrail(db);
  const findings: Finding[] = [];
  const seen = new Set<string>();
  let checked = 0;
  const note = (id: string, clientId: string | null, message: string) =>
    findings.push({ check: 'signatures', message, record: { kind: 'note', id, clientId } });
  for (const row of signedNoteFingerprints(db)) {
    checked += 1;
    seen.add(row.id);
    const recorded = trail.notes.get(row.id);
    if (row.currentHash !== row.storedHash) {
      note(
        row.id,
        row.clientId,
        'This signed note was changed after it was signed: it no longer matches its fingerprint.',
      );
    } else if (recorded && recorded !== row.storedHash) {
      note(
        row.id,
        row.clientId,
        'This signed note and its fingerprint were both rewritten: the fingerprint is not the one the audit trail recorded when it was signed.',
      );
    } else if (!recorded && row.signatureVersion >= 2) {
      note(row.id, row.clientId, 'This note carries a signature that the audit trail never recorded.');
    }
  }
  for (const [id] of trail.notes) {
    if (!seen.has(id)) {
      note(
        id,
        null,
        'A note the audit trail records as signed is missing, or is no longer marked as signed.',
      );
    }
  }
  const seenAddenda = new Set<string>();
  for (const addendum of allAddenda(db)) {
    checked += 1;
    seenAddenda.add(addendum.id);
    const recorded = trail.addenda.get(addendum.id);
    const problem =
      addendumHash(addendum) !== addendum.contentHash
        ? 'An addendum to this note was changed after it was signed.'
        : recorded && recorded.hash !== addendum.contentHash
          ? 'An addendum to this note and its fingerprint were both rewritten.'
          : !recorded && addendum.signatureVersion >= 2
            ? 'An addendum to this note carries a signature that the audit trail never recorded.'
            : null;
    if (problem) {
      findings.push({
        check: 'signatures',
        message: problem,
        record: { kind: 'addendum', id: addendum.noteId, clientId: addendum.clientId },
      });
    }
  }
  for (const [id, { noteId }] of trail.addenda) {
    if (!seenAddenda.has(id)) {
      findings.push({
        check: 'signatures',
        message: 'An addendum the audit trail records for this note is missing.',
        record: { kind: 'addendum', id: noteId, clientId: null },
      });
    }
  }
  return {
    ok: findings.length === 0,
    detail:
      findings.length === 0
        ? `${checked} signed notes and addenda match their fingerprints and the audit trail.`
        : `${findings.length} of ${checked} signed notes and addenda do not match (see the findings).`,
    findings,
  };
}

export function auditChainCheck(db: Db, version: number): CheckOutcome & { head: AuditHead | null } {
  const report = verifyAuditChain(db, version);
  if (report.firstBroken) {
    return {
      ok: false,
      detail: `Broken at entry ${report.firstBroken.id}: ${report.firstBroken.reason}`,
      findings: [
        {
          check: 'audit-chain',
          message: `The audit trail is broken at entry ${report.firstBroken.id}. ${report.firstBroken.reason} Entries after it cannot be trusted.`,
          record: { kind: 'audit-entry', id: String(report.firstBroken.id), clientId: null },
        },
      ],
      head: report.head,
    };
  }
  const pending =
    report.unsealed > 0
      ? `; ${report.unsealed} entries from before the chain are sealed at the next unlock`
      : '';
  return {
    ok: true,
    detail: `${report.checked} entries, each linked to the one before${pending}.`,
    findings: [],
    head: report.head,
  };
}

/** The audit action recorded when a vault's anchor is first written: from then on it must be there. */
export const ANCHORED_ACTION = 'vault.anchored';

/** Reads of the trail that the anchor check needs. */
export function trailReader(db: Db) {
  return {
    hashAt: (id: number) => auditHashAt(db, id),
    anchoredBefore: () => listAudit(db, { actionPrefix: ANCHORED_ACTION, limit: 1 }).length > 0,
  };
}

/** Compares the chain's end with its anchor: the check that sees deleted newest entries and rollbacks. */
export function anchorCheck(
  anchor: { dir: string; key: Buffer } | null,
  head: AuditHead | null,
  trail: { hashAt: (id: number) => string | null | undefined; anchoredBefore: () => boolean },
): CheckOutcome {
  const finding = (message: string): CheckOutcome => ({
    ok: false,
    detail: message,
    findings: [
      { check: 'audit-anchor', message, record: { kind: 'anchor', id: 'rapport.anchor', clientId: null } },
    ],
  });
  if (!anchor) return { ok: true, detail: 'Not checked: this copy has no anchor beside it.', findings: [] };
  const reading = readAnchor(anchor.dir, anchor.key);
  switch (reading.state) {
    case 'absent':
      // A vault from before anchors has none until it is next unlocked; the trail says when one was first written.
      if (!trail.anchoredBefore()) {
        return {
          ok: true,
          detail: 'No anchor yet: Rapport writes one when the vault is next unlocked.',
          findings: [],
        };
      }
      return finding(
        'The audit trail’s anchor file (rapport.anchor) is missing from the vault folder, so Rapport cannot tell whether the newest entries were removed.',
      );
    case 'unreadable':
      return finding(
        'The audit trail’s anchor file (rapport.anchor) is not one Rapport wrote: it cannot be read.',
      );
    case 'forged':
      return finding(
        'The audit trail’s anchor file (rapport.anchor) does not authenticate with this vault’s key: it was replaced or edited.',
      );
    case 'anchored': {
      const recorded = trail.hashAt(reading.entry);
      if (recorded === undefined || head === null || head.id < reading.entry) {
        return finding(
          `The audit trail ends at entry ${head?.id ?? 0}, but its anchor records entry ${reading.entry}: the newest entries were removed, or the vault’s files were replaced with older ones.`,
        );
      }
      if (recorded !== reading.hash) {
        return finding(
          `Entry ${reading.entry} of the audit trail is not the one its anchor recorded: the trail was rewritten.`,
        );
      }
      return {
        ok: true,
        detail: `The trail reaches its anchor (entry ${reading.entry}, ${reading.at}).`,
        findings: [],
      };
    }
  }
}
