import { randomBytes } from 'node:crypto';
import { copyFileSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../electron/core/base/app-error';
import { changePassphrase, createVault, recoverVault, unlockVault } from '../../electron/core/vault/vault';
import { vaultPaths } from '../../electron/core/vault/vault-files';
import {
  folderContainsText,
  snapshotFolder,
  STRONG,
  STRONG_2,
  TEST_KDF,
  tempDir,
} from './support/temp-vault';

async function expectCode(promise: Promise<unknown>, code: string): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

async function makeVault(text = 'Ngozi Adébáyọ̀ 李小龍 שלום') {
  const dir = join(tempDir(), 'vault');
  const created = await createVault(dir, STRONG, { kdf: TEST_KDF });
  created.db.prepare("INSERT INTO settings (key, value) VALUES ('probe', ?)").run(text);
  created.db.close();
  return { dir, recoveryKey: created.recoveryKey, text };
}

describe('vault', () => {
  it('creates a SQLCipher 4 vault that reopens with the passphrase and keeps its data', async () => {
    const { dir, text } = await makeVault();
    const { db } = await unlockVault(dir, STRONG);
    expect(db.prepare("SELECT value FROM settings WHERE key = 'probe'").pluck().get()).toBe(text);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('cipher', { simple: true })).toBe('sqlcipher');
    db.close();
  });

  it('stores nothing readable: no stored text, no passphrase in any file of the folder', async () => {
    const { dir, text } = await makeVault('Zoë Núñez-Unique-Marker');
    const { db } = await unlockVault(dir, STRONG);
    db.close();
    for (const needle of ['Zoë Núñez-Unique-Marker', text, STRONG, 'CREATE TABLE', 'SQLite format 3']) {
      expect(folderContainsText(dir, needle), needle).toBe(false);
    }
  });

  it('refuses a wrong passphrase at the key unwrap and leaves every file untouched', async () => {
    const { dir } = await makeVault();
    const before = snapshotFolder(dir);
    await expectCode(unlockVault(dir, 'not-the-passphrase-at-all'), 'WRONG_PASSPHRASE');
    expect(snapshotFolder(dir)).toEqual(before);
  });

  it('opens with the recovery key, sets a new passphrase, and the old one stops working', async () => {
    const { dir, recoveryKey, text } = await makeVault();
    expect(recoveryKey).toMatch(/^([A-Z2-7]{4}-){13}[A-Z2-7]{4}$/);
    const dbBefore = readFileSync(vaultPaths(dir).database);
    const { db } = await recoverVault(dir, recoveryKey.toLowerCase().replace(/-/g, ' '), STRONG_2, {
      kdf: TEST_KDF,
    });
    expect(db.prepare("SELECT value FROM settings WHERE key = 'probe'").pluck().get()).toBe(text);
    db.close();
    await expectCode(unlockVault(dir, STRONG), 'WRONG_PASSPHRASE');
    (await unlockVault(dir, STRONG_2)).db.close();
    // The recovery key is the database key itself, so the data pages were never rewritten.
    expect(readFileSync(vaultPaths(dir).database).subarray(0, 4096)).toEqual(dbBefore.subarray(0, 4096));
  });

  it('refuses a recovery key with a typo, and a valid key of another vault', async () => {
    const { dir, recoveryKey } = await makeVault();
    const typo = (recoveryKey[0] === 'A' ? 'B' : 'A') + recoveryKey.slice(1);
    await expectCode(recoverVault(dir, typo, STRONG_2, { kdf: TEST_KDF }), 'VALIDATION');
    const other = await makeVault();
    await expectCode(recoverVault(dir, other.recoveryKey, STRONG_2, { kdf: TEST_KDF }), 'WRONG_PASSPHRASE');
  });

  it('changes the passphrase by rewrapping the key, never by rekeying the database', async () => {
    const { dir } = await makeVault();
    const dbBefore = readFileSync(vaultPaths(dir).database);
    await changePassphrase(dir, STRONG, STRONG_2, { kdf: TEST_KDF });
    expect(readFileSync(vaultPaths(dir).database)).toEqual(dbBefore);
    await expectCode(unlockVault(dir, STRONG), 'WRONG_PASSPHRASE');
    (await unlockVault(dir, STRONG_2)).db.close();
    await expectCode(changePassphrase(dir, STRONG, STRONG_2, { kdf: TEST_KDF }), 'WRONG_PASSPHRASE');
  });

  it('refuses to create a vault in a folder that is not empty', async () => {
    const { dir } = await makeVault();
    const before = snapshotFolder(dir);
    await expectCode(createVault(dir, STRONG, { kdf: TEST_KDF }), 'CONFLICT');
    expect(snapshotFolder(dir)).toEqual(before);
  });

  it('reports an absent vault as NOT_FOUND', async () => {
    await expectCode(unlockVault(join(tempDir(), 'nothing'), STRONG), 'NOT_FOUND');
  });
});

describe('a damaged vault is named clearly and never written to', () => {
  const damage: Record<string, (dir: string) => void | Promise<void>> = {
    'database replaced by random bytes': (dir) => writeFileSync(vaultPaths(dir).database, randomBytes(8192)),
    'database truncated mid-page': (dir) => truncateSync(vaultPaths(dir).database, 5000),
    'database emptied': (dir) => truncateSync(vaultPaths(dir).database, 0),
    'database removed': (dir) => rmSync(vaultPaths(dir).database),
    'key file removed': (dir) => rmSync(vaultPaths(dir).keyFile),
    'key file garbled': (dir) => writeFileSync(vaultPaths(dir).keyFile, '{"format":"rapport-vault-key",'),
    'key file edited (wrapped key tampered)': (dir) => {
      const file = JSON.parse(readFileSync(vaultPaths(dir).keyFile, 'utf8'));
      file.passphrase.wrap.data = Buffer.alloc(32, 7).toString('base64');
      writeFileSync(vaultPaths(dir).keyFile, JSON.stringify(file));
    },
    'key file from another vault': async (dir) => {
      const other = await makeVault();
      copyFileSync(vaultPaths(other.dir).keyFile, vaultPaths(dir).keyFile);
    },
    'database is a plain SQLite file': (dir) => {
      rmSync(vaultPaths(dir).database);
      const plain = new Database(vaultPaths(dir).database);
      plain.exec('CREATE TABLE t (x)');
      plain.close();
    },
    'bytes flipped inside a data page': (dir) => {
      const path = vaultPaths(dir).database;
      const bytes = readFileSync(path);
      for (let i = 4096 + 100; i < 4096 + 140; i++) bytes[i] = bytes[i]! ^ 0xff;
      writeFileSync(path, bytes);
    },
  };

  for (const [name, apply] of Object.entries(damage)) {
    it(name, async () => {
      const { dir } = await makeVault();
      await apply(dir);
      const before = snapshotFolder(dir);
      const error = await unlockVault(dir, STRONG).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error, 'the damaged vault must not open').toBeInstanceOf(AppError);
      const { code, message } = error as AppError;
      // A tampered wrap cannot be told apart from a wrong passphrase: both fail the GCM tag.
      expect(['VAULT_DAMAGED', 'WRONG_PASSPHRASE']).toContain(code);
      if (name !== 'key file edited (wrapped key tampered)') expect(code).toBe('VAULT_DAMAGED');
      expect(message).not.toMatch(/SQLITE|sqlite3|at .*\.ts/);
      expect(snapshotFolder(dir)).toEqual(before);
    });
  }
});
