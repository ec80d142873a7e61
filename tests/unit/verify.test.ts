import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendAudit } from '../../electron/core/db/audit';
import { setSchemaVersion } from '../../electron/core/db/migrate';
import { AppError } from '../../electron/core/base/app-error';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations';
import { createVault } from '../../electron/core/vault/vault';
import { vaultPaths } from '../../electron/core/vault/vault-files';
import type { IntegrityReport } from '../../shared/integrity/integrity-contract';
import {
  openForVerify as openWithAnchorKey,
  verifyVault as verifyWith,
} from '../../electron/core/vault/verify';
import { snapshotFolder, STRONG, TEST_KDF, tempDir } from './support/temp-vault';

const PAGE = 4096;

/** A vault with enough rows that its audit log spans several pages, closed and checkpointed. */
async function makeVault(): Promise<string> {
  const dir = join(tempDir(), 'vault');
  const { db } = await createVault(dir, STRONG, { kdf: TEST_KDF });
  db.transaction(() => {
    for (let i = 0; i < 300; i++) appendAudit(db, { action: 'test', detail: `entry ${i}` });
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return dir;
}

/** The database alone: these tests are about the pages and the schema, not the anchor. */
async function openForVerify(dir: string, passphrase: string) {
  return (await openWithAnchorKey(dir, passphrase)).db;
}

function verifyVault(db: Parameters<typeof verifyWith>[0]): IntegrityReport {
  return verifyWith(db, { anchor: null });
}

function check(report: IntegrityReport, name: string) {
  const found = report.checks.find((c) => c.name === name);
  expect(found, `check ${name}`).toBeDefined();
  return found!;
}

/** Page numbers (1-based) holding a table's or index's b-tree, read with the vault open. */
async function pagesOf(dir: string, name: string): Promise<number[]> {
  const db = await openForVerify(dir, STRONG);
  try {
    return db
      .prepare('SELECT pageno FROM dbstat WHERE name = ? ORDER BY pageno')
      .pluck()
      .all(name) as number[];
  } finally {
    db.close();
  }
}

function flipBytes(dir: string, page: number, offsetInPage: number, count = 16): void {
  const path = vaultPaths(dir).database;
  const bytes = readFileSync(path);
  const start = (page - 1) * PAGE + offsetInPage;
  for (let i = start; i < start + count; i++) bytes[i]! ^= 0xff;
  writeFileSync(path, bytes);
}

describe('verifyVault', () => {
  it('passes every check on a sound vault and names each check', async () => {
    const dir = await makeVault();
    const db = await openForVerify(dir, STRONG);
    const report = verifyVault(db);
    db.close();
    expect(report.checks.map((c) => c.name)).toEqual([
      'page-authentication',
      'integrity',
      'foreign-keys',
      'schema-version',
      'schema',
      'signatures',
      'audit-chain',
      'audit-anchor',
    ]);
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
    expect(report.ok).toBe(true);
    expect(check(report, 'page-authentication').detail).toMatch(/^(\d+) of \1 pages decrypt/);
    expect(check(report, 'schema-version').detail).toBe(`${LATEST_SCHEMA_VERSION} (current)`);
  });

  it('names the table whose page was altered on disk, and fails the integrity check too', async () => {
    const dir = await makeVault();
    const pages = await pagesOf(dir, 'audit_log');
    expect(pages.length).toBeGreaterThan(2);
    flipBytes(dir, pages[1]!, 1000);
    const db = await openForVerify(dir, STRONG);
    const report = verifyVault(db);
    db.close();
    expect(report.ok).toBe(false);
    const pagesCheck = check(report, 'page-authentication');
    expect(pagesCheck.ok).toBe(false);
    expect(pagesCheck.detail).toContain('audit_log');
    expect(pagesCheck.detail).not.toContain('clients');
    expect(check(report, 'integrity').ok).toBe(false);
  });

  it('catches a change to nothing but a page’s HMAC tag: the data itself still decrypts', async () => {
    const dir = await makeVault();
    const [page] = await pagesOf(dir, 'clients');
    // SQLCipher 4 keeps a 16-byte IV and then the 64-byte HMAC-SHA512 at the end of every page.
    flipBytes(dir, page!, PAGE - 8, 4);
    const db = await openForVerify(dir, STRONG);
    const report = verifyVault(db);
    db.close();
    expect(check(report, 'page-authentication')).toMatchObject({ ok: false });
    expect(check(report, 'page-authentication').detail).toContain('clients');
  });

  it('reads pages from disk even when the connection has them cached', async () => {
    const dir = await makeVault();
    const pages = await pagesOf(dir, 'audit_log');
    const db = await openForVerify(dir, STRONG);
    expect(verifyVault(db).ok).toBe(true);
    flipBytes(dir, pages.at(-1)!, 500);
    const report = verifyVault(db);
    db.close();
    expect(check(report, 'page-authentication').ok).toBe(false);
  });

  it('reports a record that points at a missing record', async () => {
    const dir = await makeVault();
    let db = await openForVerify(dir, STRONG);
    db.exec(`
      CREATE TABLE test_parent (id INTEGER PRIMARY KEY) STRICT;
      CREATE TABLE test_child (id INTEGER PRIMARY KEY, parent INTEGER REFERENCES test_parent (id)) STRICT;
    `);
    db.pragma('foreign_keys = OFF');
    db.prepare('INSERT INTO test_child (id, parent) VALUES (1, 42)').run();
    db.close();
    db = await openForVerify(dir, STRONG);
    const report = verifyVault(db);
    db.close();
    expect(report.ok).toBe(false);
    expect(check(report, 'foreign-keys')).toMatchObject({ ok: false });
    expect(check(report, 'foreign-keys').detail).toContain('test_child → test_parent');
    expect(check(report, 'integrity').ok).toBe(true);
  });

  it.each([
    ['newer than current', LATEST_SCHEMA_VERSION + 5, false, /newer than this Rapport/],
    ['zero', 0, false, /no Rapport schema/],
    ['older than current', LATEST_SCHEMA_VERSION - 1, true, /upgrades it when it is next unlocked/],
  ])('judges a schema version %s', async (_label, version, ok, detail) => {
    const dir = await makeVault();
    let db = await openForVerify(dir, STRONG);
    setSchemaVersion(db, version);
    db.close();
    db = await openForVerify(dir, STRONG);
    const report = verifyVault(db);
    db.close();
    // An older number on today's tables is also a schema that is not that version's.
    expect(report.ok).toBe(false);
    expect(check(report, 'schema-version')).toMatchObject({ ok });
    expect(check(report, 'schema-version').detail).toMatch(detail);
  });
});

describe('openForVerify', () => {
  it('changes nothing in the vault folder', async () => {
    const dir = await makeVault();
    const before = snapshotFolder(dir);
    const db = await openForVerify(dir, STRONG);
    verifyVault(db);
    db.close();
    expect(snapshotFolder(dir)).toEqual(before);
  });

  it('refuses a wrong passphrase, and a folder with no vault, with their error codes', async () => {
    const dir = await makeVault();
    await expect(openForVerify(dir, 'not-the-passphrase')).rejects.toMatchObject({
      code: 'WRONG_PASSPHRASE',
    });
    await expect(openForVerify(join(tempDir(), 'none'), STRONG)).rejects.toBeInstanceOf(AppError);
    await expect(openForVerify(join(tempDir(), 'none'), STRONG)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('reports a first page that will not decrypt as damage, not as a wrong passphrase', async () => {
    const dir = await makeVault();
    // Past the 16-byte salt, so the key file still matches the database's header.
    flipBytes(dir, 1, 200);
    await expect(openForVerify(dir, STRONG)).rejects.toMatchObject({ code: 'VAULT_DAMAGED' });
  });
});
