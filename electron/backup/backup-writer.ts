import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  attachForReading,
  CHECK_SCHEMA,
  detach,
  integrityCheck,
  tableCounts,
  vacuumInto,
} from '../db/backups';
import type { Db } from '../db/connection';
import { schemaVersion } from '../db/migrate';
import { AppError } from '../errors/app-error';
import { parseKeyFile } from '../vault/key-file';
import { DATABASE_FILE, KEY_FILE } from '../vault/location';
import { readHeader, vaultPaths } from '../vault/vault-files';
import { MANIFEST_FILE, PARTIAL_PREFIX } from './backup-layout';
import type { BackupManifest, BackupTrigger } from './backup-manifest';
import { fsyncPath, sha256File } from './durable-files';

const SQLITE_PLAIN_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export interface WrittenBackup {
  name: string;
  folder: string;
  manifest: BackupManifest;
  /** Rows per table, the same in the vault and the verified copy. */
  counts: Record<string, number>;
}

/**
 * Writes one backup of the open vault into `root` and proves it before calling it a backup: the
 * copy must be encrypted with the vault's key and salt, pass SQLite's full integrity check, and
 * hold exactly as many rows in every table as the vault did. It is written under a temporary name
 * and renamed only once all that holds, so a crash or a failed check never leaves a "backup" that
 * is not one.
 */
export function writeBackup(
  db: Db,
  options: { vaultDir: string; root: string; name: string; trigger: BackupTrigger; at: Date },
): WrittenBackup {
  mkdirSync(options.root, { recursive: true, mode: 0o700 });
  const partial = join(options.root, `${PARTIAL_PREFIX}${options.name}`);
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { mode: 0o700 });
  try {
    const database = join(partial, DATABASE_FILE);
    // Counted and copied with nothing in between: the same moment of the same connection.
    const counts = tableCounts(db);
    vacuumInto(db, database);
    fsyncPath(database);
    const keyFileText = readFileSync(vaultPaths(options.vaultDir).keyFile, 'utf8');
    const keyFile = parseKeyFile(keyFileText);
    assertEncryptedLikeVault(database, keyFile.databaseSalt);
    assertSameContents(db, database, counts);
    const manifest: BackupManifest = {
      format: 'rapport-backup',
      version: 1,
      createdAt: options.at.toISOString(),
      trigger: options.trigger,
      vaultId: keyFile.vaultId,
      schemaVersion: schemaVersion(db),
      databaseBytes: statSync(database).size,
      databaseSha256: sha256File(database),
    };
    writeDurably(join(partial, KEY_FILE), keyFileText);
    writeDurably(join(partial, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    fsyncPath(partial);
    const folder = join(options.root, options.name);
    renameSync(partial, folder);
    fsyncPath(options.root);
    return { name: options.name, folder, manifest, counts };
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    throw error;
  }
}

function writeDurably(path: string, text: string): void {
  writeFileSync(path, text, { mode: 0o600 });
  fsyncPath(path);
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

function assertSameContents(db: Db, database: string, expected: Record<string, number>): void {
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
    const tables = new Set([...Object.keys(expected), ...Object.keys(actual)]);
    const differing = [...tables].filter((table) => expected[table] !== actual[table]);
    if (differing.length > 0) {
      throw new AppError(
        'IO',
        `The backup copy does not hold the same rows as the vault (${differing.join(', ')}), so it was not kept.`,
      );
    }
  } finally {
    detach(db);
  }
}
