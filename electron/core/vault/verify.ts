import Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../base/app-error';
import { isFileAccessError, openEncrypted, type Db } from '../db/connection';
import { assertNotFromFuture, schemaVersion } from '../db/migrate';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { integrityCheck, quickCheckFromDisk } from '../db/backups';
import {
  brokenForeignKeys,
  dropPageCache,
  pageAuthenticationOn,
  pageTotals,
  treeNames,
  treePageCounter,
} from '../db/integrity';
import { readingOneMoment } from '../db/one-moment';
import {
  MAX_FINDINGS,
  type CheckName,
  type Finding,
  type IntegrityProgress,
  type IntegrityReport,
  type VaultCheck,
} from '../../../shared/integrity/integrity-contract';
import { chainedHead } from '../db/audit';
import { anchorKey, type AuditHead } from './audit-anchor';
import { unwrapDatabaseKey } from './key-file';
import {
  anchorCheck,
  auditChainCheck,
  schemaCheck,
  signaturesCheck,
  trailReader,
  type CheckOutcome,
} from './record-checks';
import { inspectVaultFolder, vaultPaths } from './vault-files';

/** What the checks of an open vault need besides the database: where its anchor is, and the key to read it. */
export interface VerifyContext {
  anchor: { dir: string; key: Buffer } | null;
  /**
   * How the pages are checked. 'full' (the default, as `rapport verify` and "Check now" do): the
   * page walk that names a damaged table, the full integrity check and the foreign keys. 'quick'
   * (the checks after unlocking and each day): SQLite's quick check, which reads every page from
   * disk. 'skip': only the record, for a caller that has just checked the pages itself.
   */
  pages?: 'full' | 'quick' | 'skip';
  onProgress?: (progress: IntegrityProgress) => void;
  now?: () => Date;
}

const MAX_REPORTED_PROBLEMS = 5;

/**
 * Opens a vault only to examine it. Unlike unlocking it runs no migration and refuses no damage, so
 * a damaged vault can be looked at as it is and a vault that needs upgrading is reported, not changed;
 * with `refuseNewerVersion`, a vault from a newer Rapport is refused, as unlocking refuses it.
 */
export async function openForVerify(
  dir: string,
  passphrase: string,
  options: { refuseNewerVersion?: boolean } = {},
): Promise<{ db: Db; anchorKey: Buffer }> {
  const presence = inspectVaultFolder(dir);
  if (presence.state === 'absent') throw new AppError('NOT_FOUND', 'There is no vault in this folder yet.');
  const key = await unwrapDatabaseKey(presence.keyFile, passphrase);
  if (!key) throw new AppError('WRONG_PASSPHRASE', 'That passphrase does not open this vault.');
  let db: Db;
  const keyForAnchor = anchorKey(key);
  try {
    db = openEncrypted(vaultPaths(dir).database, key, { create: false });
  } catch (error) {
    if (isFileAccessError(error)) throw error;
    // The key verified and the salt matched, so a first page that will not decrypt is damage.
    throw new AppError(
      'VAULT_DAMAGED',
      'The vault’s database is damaged and cannot be read. Restore it from a backup.',
    );
  } finally {
    key.fill(0);
  }
  try {
    if (options.refuseNewerVersion) assertNotFromFuture(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return { db, anchorKey: keyForAnchor };
}

/**
 * Reads the whole open vault and reports what is wrong with it, if anything: every page from disk,
 * then the record (schema, signatures, audit chain and its anchor). It only reads, so it can run on
 * a vault in use; a failed check is evidence to keep, not something to repair here. The one check
 * behind `rapport verify`, Settings → Integrity, the checks after unlocking and each day, restore
 * and import.
 */
export function verifyVault(db: Db, context: VerifyContext): IntegrityReport {
  // Drop this connection's page cache so that every page below is read, and authenticated, from disk.
  dropPageCache(db);
  const version = schemaVersion(db);
  let head: AuditHead | null = null;
  const pageChecks: Record<'full' | 'quick' | 'skip', [CheckName, () => CheckOutcome][]> = {
    full: [
      ['page-authentication', () => pageAuthentication(db)],
      ['integrity', () => integrity(db)],
      ['foreign-keys', () => foreignKeys(db)],
    ],
    quick: [['integrity', () => quickIntegrity(db)]],
    skip: [],
  };
  const pages = pageChecks[context.pages ?? 'full'];
  const steps: [CheckName, () => CheckOutcome][] = [
    ...pages,
    ['schema-version', () => currentSchema(db)],
    ['schema', () => schemaCheck(db, version)],
    ['signatures', () => signaturesCheck(db)],
    [
      'audit-chain',
      () => {
        const outcome = auditChainCheck(db, version);
        head = outcome.head;
        return outcome;
      },
    ],
    ['audit-anchor', () => anchorCheck(context.anchor, head, trailReader(db))],
  ];
  const checks: VaultCheck[] = [];
  const findings: Finding[] = [];
  const runStep = ([name, check]: [CheckName, () => CheckOutcome], index: number) => {
    context.onProgress?.({ check: name, step: index + 1, steps: steps.length });
    const outcome = run(name, check);
    checks.push({ name, ok: outcome.ok, detail: outcome.detail });
    findings.push(...outcome.findings);
  };
  pages.forEach(runStep);
  // The record in one moment of a vault in use. Read statement by statement, a note signed between
  // reading the trail and reading the notes was reported as a signature the trail never recorded:
  // "changes made outside Rapport", and the vault read-only.
  readingOneMoment(db, () => steps.slice(pages.length).forEach((step, i) => runStep(step, pages.length + i)));
  return {
    at: (context.now?.() ?? new Date()).toISOString(),
    ok: checks.every((check) => check.ok),
    checks,
    findings: findings.slice(0, MAX_FINDINGS),
    more: Math.max(0, findings.length - MAX_FINDINGS),
  };
}

/**
 * The report of a check that read one moment of the vault in a worker, with its anchor check
 * done again on the trail as it is now: the anchor file may already record entries written since
 * that moment, which are not missing.
 */
export function withLiveAnchorCheck(
  report: IntegrityReport,
  db: Db,
  anchor: { dir: string; key: Buffer } | null,
): IntegrityReport {
  const outcome = run('audit-anchor', () => anchorCheck(anchor, chainedHead(db), trailReader(db)));
  const checks = report.checks.map((check) =>
    check.name === 'audit-anchor' ? { name: check.name, ok: outcome.ok, detail: outcome.detail } : check,
  );
  const findings = [
    ...report.findings.filter((finding) => finding.check !== 'audit-anchor'),
    ...outcome.findings,
  ];
  return { ...report, ok: checks.every((check) => check.ok), checks, findings };
}

/**
 * The check the app runs beside an open vault (every page read from disk, its HMAC checked, then
 * SQLite's quick check), for where nothing else checks before writing (the command line). Null when
 * the vault is sound; otherwise what is damaged, with the table or index named when a page walk
 * can find it.
 */
export function findDamage(db: Db): string | null {
  const quick = run('integrity', () => quickIntegrity(db));
  if (quick.ok) return null;
  const pages = run('page-authentication', () => pageAuthentication(db));
  return pages.ok ? quick.detail : pages.detail;
}

/** A check that SQLite stops with an error (a page that fails to decrypt, say) has failed, not crashed. */
function run(name: CheckName, check: () => CheckOutcome): CheckOutcome {
  try {
    return check();
  } catch (error) {
    if (!(error instanceof Database.SqliteError)) throw error;
    const detail = `SQLite stopped with ${error.code}: ${error.message}`;
    return { ok: false, detail, findings: [damageFinding(name, detail)] };
  }
}

/** Damage to the pages themselves: only a backup brings the record back. */
function damageFinding(check: CheckName, detail: string): Finding {
  return {
    check,
    message: `Part of the vault’s database is damaged and cannot be read as it was written (${detail}). Keep this copy unchanged and restore the vault from a backup.`,
    record: null,
  };
}

/** A page-level check's result, its failure also told as a finding. */
function outcome(check: CheckName, ok: boolean, detail: string): CheckOutcome {
  return { ok, detail, findings: ok ? [] : [damageFinding(check, detail)] };
}

/**
 * SQLCipher's `PRAGMA cipher_integrity_check` is not in SQLite3 Multiple Ciphers, which this
 * library builds on. The same assurance comes from its codec: with `hmac_check` on, every page
 * read is authenticated with its HMAC-SHA512 before use. Walking every page of every table and
 * index through `dbstat` therefore authenticates all pages that hold data, and names the table
 * or index a bad page belongs to. Free pages hold no data and are not read.
 */
function pageAuthentication(db: Db): CheckOutcome {
  if (!pageAuthenticationOn(db)) {
    return outcome(
      'page-authentication',
      false,
      'Page authentication is switched off on this connection (hmac_check = 0).',
    );
  }
  const trees = treeNames(db);
  const countPages = treePageCounter(db);
  let read = 0;
  const damaged: string[] = [];
  for (const name of ['sqlite_schema', ...trees]) {
    try {
      read += countPages(name);
    } catch (error) {
      if (!(error instanceof Database.SqliteError)) throw error;
      damaged.push(name);
    }
  }
  const { total, free } = pageTotals(db);
  if (damaged.length > 0) {
    return outcome(
      'page-authentication',
      false,
      `Pages that fail to authenticate or decode in: ${summarise(damaged)}.`,
    );
  }
  const freeNote =
    free > 0 ? `; ${free} free page${free === 1 ? '' : 's'} hold no data and were not read` : '';
  return outcome(
    'page-authentication',
    true,
    `${read} of ${total} pages decrypt and pass their HMAC-SHA512 check${freeNote}.`,
  );
}

function quickIntegrity(db: Db): CheckOutcome {
  const result = quickCheckFromDisk(db);
  return outcome('integrity', result === 'ok', result);
}

function integrity(db: Db): CheckOutcome {
  const messages = integrityCheck(db, 'main');
  if (messages.length === 1 && messages[0] === 'ok') return outcome('integrity', true, 'ok');
  return outcome('integrity', false, summarise(messages));
}

function foreignKeys(db: Db): CheckOutcome {
  const broken = brokenForeignKeys(db);
  if (broken.length === 0) return outcome('foreign-keys', true, 'No record points at a missing record.');
  const where = [...new Set(broken.map((row) => `${row.table} → ${row.parent}`))];
  const detail = `${broken.length} record${broken.length === 1 ? '' : 's'} point at missing records: ${summarise(where)}.`;
  return {
    ok: false,
    detail,
    findings: [
      { check: 'foreign-keys', message: `Records were removed outside Rapport: ${detail}`, record: null },
    ],
  };
}

/** An older version is sound: the next unlock upgrades it, and checking must not write. */
function currentSchema(db: Db): CheckOutcome {
  const version = schemaVersion(db);
  const told = (ok: boolean, detail: string): CheckOutcome => ({
    ok,
    detail,
    findings: ok ? [] : [{ check: 'schema-version', message: detail, record: null }],
  });
  if (version === LATEST_SCHEMA_VERSION) return told(true, `${version} (current)`);
  if (version > LATEST_SCHEMA_VERSION) {
    return told(
      false,
      `${version}, newer than this Rapport knows (${LATEST_SCHEMA_VERSION}). Update Rapport.`,
    );
  }
  if (version < 1) return told(false, `${version}: the database holds no Rapport schema.`);
  return told(
    true,
    `${version}, older than current (${LATEST_SCHEMA_VERSION}); Rapport upgrades it when it is next unlocked.`,
  );
}

function summarise(items: string[]): string {
  const shown = items.slice(0, MAX_REPORTED_PROBLEMS).join('; ');
  const more = items.length - MAX_REPORTED_PROBLEMS;
  return more > 0 ? `${shown}; and ${more} more` : shown;
}
