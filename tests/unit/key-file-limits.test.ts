import { createHash } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VaultSession } from '../../electron/core/session/vault-session';
import { DEFAULT_KDF, KDF_LIMITS, parseKeyFile } from '../../electron/core/vault/key-file';
import { runCliInMemory } from './support/run-cli-in-memory';
import { STRONG, TEST_KDF, tempDir } from './support/temp-vault';

/** Every file of a folder and its SHA-256, to prove a refusal changed nothing. */
function fingerprints(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir).map((name) => [
      name,
      createHash('sha256')
        .update(readFileSync(join(dir, name)))
        .digest('hex'),
    ]),
  );
}

async function vault(): Promise<string> {
  const dir = join(tempDir(), 'vault');
  const session = new VaultSession({ dir, kdf: TEST_KDF });
  await session.create(STRONG);
  session.lock('quit');
  await session.settled();
  return dir;
}

/** Rewrites the key file's scrypt settings, leaving everything else (salt, wrapped key) as it was. */
function setKdf(dir: string, kdf: { N: number; r: number; p: number }): void {
  const file = join(dir, 'rapport.key');
  const json = JSON.parse(readFileSync(file, 'utf8')) as { passphrase: { kdf: object } };
  json.passphrase.kdf = { ...json.passphrase.kdf, ...kdf };
  writeFileSync(file, JSON.stringify(json));
}

const HOSTILE = { N: 2 ** 20, r: 32, p: 4 };

describe('key-derivation settings in a key file are bounded before any work', () => {
  it('accepts what Rapport writes and the limits themselves, and refuses anything beyond', async () => {
    const dir = await vault();
    const text = () => readFileSync(join(dir, 'rapport.key'), 'utf8');
    for (const fine of [
      DEFAULT_KDF,
      TEST_KDF,
      { N: KDF_LIMITS.N.max, r: 8, p: 1 },
      { N: 2 ** 17, r: 8, p: 2 },
    ]) {
      setKdf(dir, fine);
      expect(() => parseKeyFile(text())).not.toThrow();
    }
    for (const refused of [
      HOSTILE,
      { N: 2 ** 19, r: 8, p: 1 },
      { N: 2 ** 13, r: 8, p: 1 },
      { N: 2 ** 17 + 1, r: 8, p: 1 },
      { N: 2 ** 17, r: 32, p: 1 },
      { N: 2 ** 17, r: 8, p: 4 },
      { N: 2 ** 18, r: 16, p: 1 },
      { N: 2 ** 18, r: 8, p: 2 },
    ]) {
      setKdf(dir, refused);
      expect(() => parseKeyFile(text()), JSON.stringify(refused)).toThrow(/key-derivation settings outside/);
    }
  });

  it('refuses to unlock with a hostile key file, at once, and leaves the vault as it was', async () => {
    const dir = await vault();
    setKdf(dir, HOSTILE);
    const before = fingerprints(dir);
    const session = new VaultSession({ dir });
    // Deriving with these settings would need 4 GiB and minutes: the test's own timeout is the witness.
    await expect(session.unlock(STRONG)).rejects.toMatchObject({ code: 'VAULT_DAMAGED' });
    expect(fingerprints(dir)).toEqual(before);
  });

  it('the command line exits 4 with a plain message, writes nothing and leaves no lock', async () => {
    const dir = await vault();
    setKdf(dir, HOSTILE);
    const before = fingerprints(dir);
    for (const command of [
      ['info'],
      ['clients'],
      ['verify'],
      ['backup'],
      ['export-json', '--out', tempDir()],
    ]) {
      const run = await runCliInMemory([...command, '--vault', dir], { RAPPORT_PASSPHRASE: STRONG });
      expect(run.code, command[0]).toBe(4);
      expect(run.stderr, command[0]).toMatch(/key-derivation settings outside what Rapport allows/);
      expect(fingerprints(dir), command[0]).toEqual(before);
    }
  });

  it('refuses to restore from a backup folder whose key file is hostile', async () => {
    const dir = await vault();
    const backup = join(tempDir(), 'chosen-backup');
    cpSync(dir, backup, { recursive: true });
    setKdf(backup, HOSTILE);
    const before = fingerprints(dir);
    const run = await runCliInMemory(['restore', '--vault', dir, '--from', backup], {
      RAPPORT_PASSPHRASE: STRONG,
    });
    expect(run.code).toBe(4);
    expect(run.stderr).toMatch(/key-derivation settings outside what Rapport allows/);
    expect(fingerprints(dir)).toEqual(before);
  });
});
