import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRecordServices } from '../../electron/core/router/services';
import { VaultSession } from '../../electron/core/session/vault-session';
import { unlockVault } from '../../electron/core/vault/vault';
import { vaultPaths } from '../../electron/core/vault/vault-files';
import { newEnquiry } from '../../shared/clients/client-contract';
import { runCliInMemory } from './support/run-cli-in-memory';
import { STRONG, TEST_KDF, tempDir } from './support/temp-vault';

const PAGE = 4096;

function fingerprints(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => [
        entry.name,
        createHash('sha256')
          .update(readFileSync(join(dir, entry.name)))
          .digest('hex'),
      ]),
  );
}

/** A locked vault with clients enough to fill several pages, and an audit trail of some length. */
async function vault(): Promise<string> {
  const dir = join(tempDir(), 'vault');
  const session = new VaultSession({ dir, kdf: TEST_KDF });
  await session.create(STRONG);
  const { clients } = createRecordServices(() => session.db());
  for (let i = 0; i < 60; i++)
    clients.createEnquiry(newEnquiry.parse({ chosenName: `Client ${i} ${'x'.repeat(200)}` }));
  session.lock('quit');
  await session.settled();
  return dir;
}

/** Flips bytes inside the last page of a table, in the file on disk, as a failing disk might. */
async function damageLastPageOf(dir: string, table: string): Promise<void> {
  const { db } = await unlockVault(dir, STRONG);
  const page = db.prepare('SELECT max(pageno) FROM dbstat WHERE name = ?').pluck().get(table) as number;
  const root = db.prepare('SELECT min(pageno) FROM dbstat WHERE name = ?').pluck().get(table) as number;
  db.close();
  // The root is what opening reads at once; the damage must be somewhere only a full read finds.
  expect(page).toBeGreaterThan(root);
  const path = vaultPaths(dir).database;
  const bytes = readFileSync(path);
  for (let i = (page - 1) * PAGE + 1000; i < (page - 1) * PAGE + 1016; i++) bytes[i]! ^= 0xff;
  writeFileSync(path, bytes);
}

const COMMANDS = [
  ['info'],
  ['clients'],
  ['backup'],
  ['export-json', '--out', 'OUT'],
  ['seed-demo', '--clients', '1', '--years', '1'],
];

describe.each(['clients', 'audit_log'])('a vault damaged in the last page of %s', (table) => {
  it('is refused by every command that unlocks it: exit 4, the damage named, nothing written, no lock left', async () => {
    const dir = await vault();
    await damageLastPageOf(dir, table);
    const before = fingerprints(dir);
    for (const command of COMMANDS) {
      const argv = command.map((arg) => (arg === 'OUT' ? tempDir() : arg));
      const run = await runCliInMemory([...argv, '--vault', dir], { RAPPORT_PASSPHRASE: STRONG });
      expect(run.code, `${command[0]}: ${run.stderr}`).toBe(4);
      expect(run.stderr, command[0]).toMatch(/damaged, so nothing was written to it/);
      expect(run.stderr, command[0]).toContain(table);
      expect(fingerprints(dir), command[0]).toEqual(before);
    }
  });
});

describe('the app unlocking a vault whose audit trail is damaged past its first page', () => {
  it('says the vault is damaged, holds no lock, and stays locked', async () => {
    const dir = await vault();
    await damageLastPageOf(dir, 'audit_log');
    const session = new VaultSession({ dir });
    await expect(session.unlock(STRONG)).rejects.toMatchObject({ code: 'VAULT_DAMAGED' });
    expect(readdirSync(dir)).not.toContain('rapport.lock');
    expect(session.status().state).toBe('locked');
    // Another copy of the app is not kept out by a lock the failed one left.
    await expect(new VaultSession({ dir }).unlock(STRONG)).rejects.toMatchObject({ code: 'VAULT_DAMAGED' });
  });
});
