import { mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  attachForReading,
  CHECK_SCHEMA,
  detach,
  integrityCheck,
  tableCounts,
  vacuumInto,
} from '../../db/backups';
import type { Db } from '../../db/connection';
import { dataVersion } from '../../db/integrity';
import { schemaVersion } from '../../db/migrate';
import { AppError } from '../../base/app-error';
import { parseKeyFile } from '../key-file';
import { DATABASE_FILE, KEY_FILE } from '../location';
import { readHeader, vaultPaths } from '../vault-files';
import { MANIFEST_FILE, PARTIAL_PREFIX } from '../backup-layout';
import type { BackupManifest, BackupTrigger } from './backup-manifest';
import { headMac } from '../audit-anchor';
import { chainedHead } from '../../db/audit';
import { fsyncPath, renameDurably, writeFileDurably } from '../../base/durable-write';
import { sha256File } from '../../base/file-sha256';

const SQLITE_PLAIN_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export interface WrittenBackup {
  name: string;
  folder: string;
  manifest: BackupManifest;
  /** Rows per table in the verified copy. */
  counts: Record<string, number>;
}

/**
 * Writes one backup of the open vault into `root` and proves it before calling it a backup: the
 * copy must be encrypted with the vault's key and salt, pass SQLite's full integrity check, and
 * hold exactly as many rows in every table as the vault did. It is written under a temporary name
 * and renamed only once all that holds, so a crash or a failed check never leaves a "backup" that
 * is not one.
 *
 * `db` may be the vault's own connection or another one beside it (a worker's, while the app
 * goes on saving): see assertSameContents for what "as many rows" means then.
 */
export function writeBackup(
  db: Db,
  options: {
    vaultDir: string;
    root: string;
    name: string;
    trigger: BackupTrigger;
    at: Date;
    /** The anchor key of the open vault, to authenticate the trail's end in the manifest. */
    anchorKey: Buffer | null;
  },
): WrittenBackup {
  mkdirSync(options.root, { recursive: true, mode: 0o700 });
  const partial = join(options.root, `${PARTIAL_PREFIX}${options.name}`);
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { mode: 0o700 });
  try {
    const database = join(partial, DATABASE_FILE);
    const version = dataVersion(db);
    // Read before the copy: the trail only grows, so the copy holds this entry.
    const head = chainedHead(db);
    const before = tableCounts(db);
    vacuumInto(db, database);
    // Another connection (the app, while a worker makes this copy) may have saved meanwhile.
    const after = dataVersion(db) === version ? null : tableCounts(db, 'main', false);
    fsyncPath(database);
    const keyFileText = readFileSync(vaultPaths(options.vaultDir).keyFile, 'utf8');
    const keyFile = parseKeyFile(keyFileText);
    assertEncryptedLikeVault(database, keyFile.databaseSalt);
    const counts = assertSameContents(db, database, before, after);
    const manifest: BackupManifest = {
      format: 'rapport-backup',
      version: 1,
      createdAt: options.at.toISOString(),
      trigger: options.trigger,
      vaultId: keyFile.vaultId,
      schemaVersion: schemaVersion(db),
      databaseBytes: statSync(database).size,
      databaseSha256: sha256File(database),
      auditHead:
        head && options.anchorKey
          ? {
              entry: head.id,
              hash: head.hash,
              mac: headMac(options.anchorKey, head),
            }
          : null,
    };
    writeFileDurably(join(partial, KEY_FILE), keyFileText);
    writeFileDurably(join(partial, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    fsyncPath(partial);
    const folder = join(options.root, options.name);
    renameDurably(partial, folder);
    return { name: options.name, folder, manifest, counts };
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    throw error;
  }
}

/**
 * A copy that starts with SQLite's plain header was written unencrypted (a library that ignores
 * the cipher on VACUUM INTO would do that): it is removed at once and the backup fails loudly.
 * The salt must be the vault's, or the copied key file could not open it.
 */
function assertEncryptedLikeVault(database: string, databaseSalt: string): void {
  const header = readHeader(database);
  if (header.equals(SQLITE_PLAIN_HEADER)) {
    rmSync(database, { force: true });
    throw new AppError('INTERNAL', 'The backup copy came out unencrypted, so it was deleted at once.');
  }
  if (header.toString('hex') !== databaseSalt) {
    throw new AppError(
      'INTERNAL',
      'The backup copy is not encrypted the way the vault is, so it was not kept.',
    );
  }
}

/**
 * The copy passes SQLite's full integrity check and holds the vault's rows. When nothing was
 * written while it was made (always so on the vault's own connection), that is exactly the rows
 * counted before, search index included. When the app saved meanwhile, the copy is one moment
 * between the two counts: each record table's rows must lie between its count before and after,
 * and the search index is left to the integrity check. Returns the copy's rows per table.
 */
function assertSameContents(
  db: Db,
  database: string,
  before: Record<string, number>,
  after: Record<string, number> | null,
): Record<string, number> {
  attachForReading(db, database);
  try {
    const problems = integrityCheck(db, CHECK_SCHEMA);
    if (problems.length !== 1 || problems[0] !== 'ok') {
      throw new AppError(
        'IO',
        'The backup copy failed its integrity check, so it was not kept. Check the disk.',
      );
    }
    const actual = tableCounts(db, CHECK_SCHEMA);
    const differing = after ? outsideRange(before, after, actual) : unequal(before, actual);
    if (differing.length > 0) {
      throw new AppError(
        'IO',
        `The backup copy does not hold the same rows as the vault (${differing.join(', ')}), so it was not kept.`,
      );
    }
    return actual;
  } finally {
    detach(db);
  }
}

function unequal(expected: Record<string, number>, actual: Record<string, number>): string[] {
  const tables = new Set([...Object.keys(expected), ...Object.keys(actual)]);
  return [...tables].filter((table) => expected[table] !== actual[table]);
}

function outsideRange(
  before: Record<string, number>,
  after: Record<string, number>,
  actual: Record<string, number>,
): string[] {
  return Object.keys(after).filter((table) => {
    const [was, is, rows] = [before[table], after[table]!, actual[table]];
    return was === undefined || rows === undefined || rows < Math.min(was, is) || rows > Math.max(was, is);
  });
}
