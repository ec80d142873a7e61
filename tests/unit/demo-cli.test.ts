import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countClients } from '../../electron/core/db/clients';
import { createVault, unlockVault } from '../../electron/core/vault/vault';
import { runCliInMemory } from './support/run-cli-in-memory';
import { STRONG, TEST_KDF, tempDir } from './support/temp-vault';

function run(argv: string[]) {
  return runCliInMemory(argv, { RAPPORT_PASSPHRASE: STRONG });
}

async function emptyVault(): Promise<string> {
  const dir = join(tempDir(), 'vault');
  const { db } = await createVault(dir, STRONG, { kdf: TEST_KDF });
  db.close();
  return dir;
}

describe('rapport seed-demo', () => {
  it('fills an empty vault and prints the counts', async () => {
    const dir = await emptyVault();
    const args = ['seed-demo', '--vault', dir, '--clients', '2', '--years', '1', '--until', '2025-06-30'];
    const result = await run([...args, '--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary.clients).toBe(2);
    const { db } = await unlockVault(dir, STRONG);
    expect(countClients(db)).toBe(2);
    db.close();

    const again = await run(args);
    expect(again.code).toBe(7);
    expect(again.stderr).toMatch(/^rapport: This vault already has clients\./);
  });

  it.each([
    [['--clients', '0'], /--clients takes a whole number from 1 to 5000\./],
    [['--years', '2.5'], /--years takes a whole number from 1 to 30\./],
    [['--until', '2025-02-30'], /--until takes a date as YYYY-MM-DD\./],
    [['--seed', ''], /--seed takes 1 to 100 characters\./],
  ])('refuses %j before asking for the passphrase', async (options, message) => {
    const result = await run(['seed-demo', '--vault', join(tempDir(), 'nowhere'), ...options]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('shows its options in its help', async () => {
    const result = await run(['seed-demo', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^Usage: rapport seed-demo \[--vault DIR\] \[--clients N\] \[--years Y\] \[--seed S\] \[--until DATE\] \[--json\]\n/,
    );
  });
});
