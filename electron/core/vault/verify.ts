import Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../base/app-error';
import { isFileAccessError, openEncrypted, type Db } from '../db/connection';
import { assertNotFromFuture, schemaVersion } from '../db/migrate';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { verifyAuditChain } from '../db/audit-chain';
import { integrityCheck, quickCheckFromDisk } from '../db/backups';
import {
  brokenForeignKeys,
  dropPageCache,
  pageAuthenticationOn,
  pageTotals,
  treeNames,
  treePageCounter,
} from '../db/integrity';
import { unwrapDatabaseKey } from './key-file';
import { inspectVaultFolder, vaultPaths } from './vault-files';

export interface VaultCheck {
  name: 'page-authentication' | 'integrity' | 'foreign-keys' | 'schema-version' | 'audit-chain';
  ok: boolean;
  /** Table names, page counts and SQLite's own diagnostics: never a stored value. */
  detail: string;
}

export interface VerifyReport {
  ok: boolean;
  checks: VaultCheck[];
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
): Promise<Db> {
  const presence = inspectVaultFolder(dir);
  if (presence.state === 'absent') throw new AppError('NOT_FOUND', 'There is no vault in this folder yet.');
  const key = await unwrapDatabaseKey(presence.keyFile, passphrase);
  if (!key) throw new AppError('WRONG_PASSPHRASE', 'That passphrase does not open this vault.');
  let db: Db;
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
  return db;
}

/**
 * Reads the whole open vault and reports what is wrong with it, if anything. It only reads, so it
 * can run on a vault in use; a failed check is evidence to keep, not something to repair here.
 */
export function verifyVault(db: Db): VerifyReport {
  // Drop this connection's page cache so that every page below is read, and authenticated, from disk.
  dropPageCache(db);
  const checks: VaultCheck[] = [
    run('page-authentication', () => pageAuthentication(db)),
    run('integrity', () => integrity(db)),
    run('foreign-keys', () => foreignKeys(db)),
    run('schema-version', () => currentSchema(db)),
    run('audit-chain', () => auditChain(db)),
  ];
  return { ok: checks.every((check) => check.ok), checks };
}

/**
 * The check the app runs beside an open vault (every page read from disk, its HMAC checked, then
 * SQLite's quick check), for where nothing else checks before writing (the command line). Null when
 * the vault is sound; otherwise what is damaged, with the table or index named when a page walk
 * can find it.
 */
export function findDamage(db: Db): string | null {
  const quick = run('integrity', () => {
    const result = quickCheckFromDisk(db);
    return { ok: result === 'ok', detail: result };
  });
  if (quick.ok) return null;
  const pages = run('page-authentication', () => pageAuthentication(db));
  return pages.ok ? quick.detail : pages.detail;
}

/** A check that SQLite stops with an error (a page that fails to decrypt, say) has failed, not crashed. */
function run(name: VaultCheck['name'], check: () => Omit<VaultCheck, 'name'>): VaultCheck {
  try {
    return { name, ...check() };
  } catch (error) {
    if (!(error instanceof Database.SqliteError)) throw error;
    return { name, ok: false, detail: `SQLite stopped with ${error.code}: ${error.message}` };
  }
}

/**
 * SQLCipher's `PRAGMA cipher_integrity_check` is not in SQLite3 Multiple Ciphers, which this
 * library builds on. The same assurance comes from its codec: with `hmac_check` on, every page
 * read is authenticated with its HMAC-SHA512 before use. Walking every page of every table and
 * index through `dbstat` therefore authenticates all pages that hold data, and names the table
 * or index a bad page belongs to. Free pages hold no data and are not read.
 */
function pageAuthentication(db: Db): Omit<VaultCheck, 'name'> {
  if (!pageAuthenticationOn(db)) {
    return { ok: false, detail: 'Page authentication is switched off on this connection (hmac_check = 0).' };
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
    return {
      ok: false,
      detail: `Pages that fail to authenticate or decode in: ${summarise(damaged)}.`,
    };
  }
  const freeNote =
    free > 0 ? `; ${free} free page${free === 1 ? '' : 's'} hold no data and were not read` : '';
  return {
    ok: true,
    detail: `${read} of ${total} pages decrypt and pass their HMAC-SHA512 check${freeNote}.`,
  };
}

function integrity(db: Db): Omit<VaultCheck, 'name'> {
  const messages = integrityCheck(db, 'main');
  if (messages.length === 1 && messages[0] === 'ok') return { ok: true, detail: 'ok' };
  return { ok: false, detail: summarise(messages) };
}

function foreignKeys(db: Db): Omit<VaultCheck, 'name'> {
  const broken = brokenForeignKeys(db);
  if (broken.length === 0) return { ok: true, detail: 'No record points at a missing record.' };
  const where = [...new Set(broken.map((row) => `${row.table} → ${row.parent}`))];
  return {
    ok: false,
    detail: `${broken.length} record${broken.length === 1 ? '' : 's'} point at missing records: ${summarise(where)}.`,
  };
}

/** An older version is sound: the next unlock upgrades it, and checking must not write. */
function currentSchema(db: Db): Omit<VaultCheck, 'name'> {
  const version = schemaVersion(db);
  if (version === LATEST_SCHEMA_VERSION) return { ok: true, detail: `${version} (current)` };
  if (version > LATEST_SCHEMA_VERSION) {
    return {
      ok: false,
      detail: `${version}, newer than this Rapport knows (${LATEST_SCHEMA_VERSION}). Update Rapport.`,
    };
  }
  if (version < 1) return { ok: false, detail: `${version}: the database holds no Rapport schema.` };
  return {
    ok: true,
    detail: `${version}, older than current (${LATEST_SCHEMA_VERSION}); Rapport upgrades it when it is next unlocked.`,
  };
}

/** Recomputes every audit entry's hash and link; names the first entry where the chain breaks. */
function auditChain(db: Db): Omit<VaultCheck, 'name'> {
  const report = verifyAuditChain(db);
  if (report.firstBroken) {
    return { ok: false, detail: `Broken at entry ${report.firstBroken.id}: ${report.firstBroken.reason}` };
  }
  const pending =
    report.unsealed > 0 ? `; ${report.unsealed} older entries are sealed at the next unlock` : '';
  return { ok: true, detail: `${report.checked} entries, each linked to the one before${pending}.` };
}

function summarise(items: string[]): string {
  const shown = items.slice(0, MAX_REPORTED_PROBLEMS).join('; ');
  const more = items.length - MAX_REPORTED_PROBLEMS;
  return more > 0 ? `${shown}; and ${more} more` : shown;
}
