import { z } from 'zod';

/**
 * The integrity check: one report, whoever asks for it (Settings → Integrity, the check after
 * unlocking, the daily check, `rapport verify`, restore and import). Nothing in it is clinical
 * text: checks, counts, record ids and plain sentences.
 */
export const CHECK_NAMES = [
  'page-authentication',
  'integrity',
  'foreign-keys',
  'schema-version',
  'schema',
  'signatures',
  'audit-chain',
  'audit-anchor',
] as const;
export type CheckName = (typeof CHECK_NAMES)[number];

/** What a finding concerns, so the page can link to it: a note, an audit entry, a part of the schema. */
export const findingRecord = z.object({
  kind: z.enum(['note', 'addendum', 'audit-entry', 'schema-object', 'anchor']),
  id: z.string(),
  /** The client a note or addendum belongs to, to open it from the finding. */
  clientId: z.string().nullable(),
});

export type FindingRecordKind = z.output<typeof findingRecord>['kind'];

export const finding = z.object({
  check: z.enum(CHECK_NAMES),
  /** In words a clinician understands: what was found and what it means. */
  message: z.string(),
  record: findingRecord.nullable(),
});
export type Finding = z.output<typeof finding>;

export const vaultCheck = z.object({
  name: z.enum(CHECK_NAMES),
  ok: z.boolean(),
  /** Table names, counts and SQLite's own diagnostics: never a stored value. */
  detail: z.string(),
});
export type VaultCheck = z.output<typeof vaultCheck>;

export const integrityReport = z.object({
  at: z.string(),
  ok: z.boolean(),
  checks: z.array(vaultCheck),
  /** At most MAX_FINDINGS; `more` counts the rest. */
  findings: z.array(finding),
  more: z.number().int(),
});
export type IntegrityReport = z.output<typeof integrityReport>;

/** A report lists this many findings in full; a vault with more has something badly wrong anyway. */
export const MAX_FINDINGS = 200;

/** Pushed as the 'integrity:progress' event while a check runs, and part of integrity:status. */
export const integrityProgress = z.object({
  check: z.enum(CHECK_NAMES),
  /** 1-based step out of `steps`. */
  step: z.number().int(),
  steps: z.number().int(),
});
export type IntegrityProgress = z.output<typeof integrityProgress>;

export const integrityStatus = z.object({
  /** The latest check of this vault since it was unlocked (after unlocking, daily, or asked for). */
  last: integrityReport.nullable(),
  /** When the last check that found nothing wrong finished, from the audit trail: survives a restart. */
  lastSoundAt: z.string().nullable(),
  running: integrityProgress.nullable(),
  /** Set when a check found something: the record can be read but Rapport changes nothing in it. */
  readOnly: z.boolean(),
});
export type IntegrityStatus = z.output<typeof integrityStatus>;

const empty = z.strictObject({});

export const integrityChannels = {
  'integrity:status': { input: empty, output: integrityStatus },
  /** Runs the whole check now (every page from disk, then the record), or joins one that is running. */
  'integrity:check': { input: empty, output: integrityReport },
} as const;
