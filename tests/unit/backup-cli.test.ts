import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unlockVault } from '../../electron/core/vault/vault';
import { VaultSession } from '../../electron/core/session/vault-session';
import { newEnquiry } from '../../shared/clients/client-contract';
import { ClientsService } from '../../electron/core/features/clients/clients-service';
import { runCliInMemory } from './support/run-cli-in-memory';
import { STRONG, STRONG_2, TEST_KDF, tempDir } from './support/temp-vault';

/** The vaults use the test KDF, kept in their key files. */
function rapport(argv: string[], env: NodeJS.ProcessEnv = { RAPPORT_PASSPHRASE: STRONG }) {
  return runCliInMemory(argv, env);
}

async function vaultWithClient(): Promise<{ dir: string; recoveryKey: string }> {
  const dir = join(tempDir(), 'vault');
  const session = new VaultSession({ dir, kdf: TEST_KDF });
  const recoveryKey = await session.create(STRONG);
  new ClientsService(() => session.db()).createEnquiry(newEnquiry.parse({ chosenName: 'Ada' }));
  session.lock('quit');
  return { dir, recoveryKey };
}

async function clientNames(dir: string, passphrase = STRONG): Promise<string[]> {
  const { db } = await unlockVault(dir, passphrase);
  try {
    return db.prepare('SELECT chosen_name FROM clients ORDER BY chosen_name').pluck().all() as string[];
  } finally {
    db.close();
  }
}

describe('rapport backup and restore', () => {
  it('backs up, lists, and restores by id, keeping the replaced vault aside', async () => {
    const { dir } = await vaultWithClient();
    const made = await rapport(['backup', '--vault', dir, '--json']);
    expect(made.code).toBe(0);
    const summary = JSON.parse(made.stdout) as {
      id: string;
      trigger: string;
      counts: Record<string, number>;
    };
    expect(summary).toMatchObject({ trigger: 'command line', counts: { clients: 1 } });

    const listed = await rapport(['restore', '--vault', dir]);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain(`${summary.id}\n`);
    expect(listed.stdout).toMatch(/command line {2}clients 1, notes 0/);

    const session = new VaultSession({ dir });
    await session.unlock(STRONG);
    new ClientsService(() => session.db()).createEnquiry(newEnquiry.parse({ chosenName: 'Bea' }));
    // While another copy holds the vault, neither command may touch it.
    const held = await rapport(['backup', '--vault', dir]);
    expect(held.code).toBe(7);
    expect(held.stderr).toMatch(/^rapport: This vault is already open in another copy of Rapport/);
    const heldRestore = await rapport(['restore', '--vault', dir, '--id', summary.id]);
    expect(heldRestore.code).toBe(7);
    expect(readdirSync(dir)).not.toContain('.restore-staging');
    session.lock('quit');
    expect(await clientNames(dir)).toEqual(['Ada', 'Bea']);

    const restored = await rapport(['restore', '--vault', dir, '--id', summary.id]);
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(
      /^restored {7}vault:rapport-backup-\S+\nset aside {6}set-aside:before-restore-\S+\n$/,
    );
    expect(await clientNames(dir)).toEqual(['Ada']);
    expect(readdirSync(join(dir, 'set-aside'))).toHaveLength(1);
  });

  it('restores a backup folder onto a new computer with the recovery key and a new passphrase', async () => {
    const { dir, recoveryKey } = await vaultWithClient();
    expect((await rapport(['backup', '--vault', dir])).code).toBe(0);
    const [name] = readdirSync(join(dir, 'backups'));
    const laptop = join(tempDir(), 'new-laptop');
    const run = await rapport(
      ['restore', '--vault', laptop, '--from', join(dir, 'backups', name!), '--with', 'recovery-key'],
      { RAPPORT_RECOVERY_KEY: recoveryKey, RAPPORT_PASSPHRASE: STRONG_2 },
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('(there was no vault to set aside)');
    expect(await clientNames(laptop, STRONG_2)).toEqual(['Ada']);
  });

  it('refuses muddled options before asking for anything', async () => {
    const { dir } = await vaultWithClient();
    const both = await rapport(['restore', '--vault', dir, '--id', 'x', '--from', 'y'], {});
    expect([both.code, both.stderr]).toEqual([
      2,
      'rapport: Give --id or --from, not both. Run "rapport --help" for usage.\n',
    ]);
    const how = await rapport(['restore', '--vault', dir, '--id', 'x', '--with', 'magic'], {});
    expect(how.code).toBe(2);
  });
});

describe('rapport export-json and import-json', () => {
  it('exports into a folder, leaves psychotherapy notes out unless asked, and imports into a new vault', async () => {
    const { dir } = await vaultWithClient();
    const out = tempDir();
    const run = await rapport(['export-json', '--vault', dir, '--out', out]);
    expect(run.code).toBe(0);
    const folder = run.stdout.trim();
    expect(readdirSync(folder).sort()).toEqual([
      'audit-log.csv',
      'clients.csv',
      'rapport-export.json',
      'rapport-export.schema.json',
    ]);
    expect(run.stderr).toMatch(/These files are not encrypted\.\n$/);
    const wrong = await rapport(
      ['export-json', '--vault', dir, '--out', out, '--psychotherapy-notes', 'yes'],
      {},
    );
    expect(wrong.code).toBe(2);
    const missing = await rapport(['export-json', '--vault', dir], {});
    expect(missing.code).toBe(2);

    const imported = join(tempDir(), 'imported');
    const back = await rapport(
      ['import-json', '--vault', imported, '--from', join(folder, 'rapport-export.json')],
      {
        RAPPORT_PASSPHRASE: STRONG_2,
      },
    );
    expect(back.code).toBe(0);
    expect(back.stdout).toMatch(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){13}\n$/);
    expect(await clientNames(imported, STRONG_2)).toEqual(['Ada']);
  });
});
