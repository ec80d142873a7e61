import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KEY_FILE } from '../../electron/core/vault/location';
import { expect, test } from './fixtures';
import { makeMismatchedVault } from './vault-problem-fixture';

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => [
        name,
        createHash('sha256')
          .update(readFileSync(join(dir, name)))
          .digest('hex'),
      ]),
  );
}

test('a damaged vault shows the problem screen, offers no way to write, and is left byte for byte alone', async ({
  openApp,
  vaultDir,
}) => {
  await makeMismatchedVault(vaultDir);
  const before = snapshot(vaultDir);

  const { page } = await openApp();
  await expect(page.getByRole('heading', { name: 'Rapport cannot open your vault' })).toBeVisible();
  await expect(page.getByText('The key file does not belong to this database')).toBeVisible();
  await expect(page.getByText('has written nothing to the vault since')).toBeVisible();
  await expect(page.getByRole('textbox')).toHaveCount(0);
  // Restoring sets the damaged files aside (tested in backup-restore.spec.ts); nothing here writes to them.
  await expect(page.getByRole('button')).toHaveText(['Restore from a backup…', 'Check again']);

  await page.getByRole('button', { name: 'Check again' }).click();
  await expect(page.getByRole('button', { name: 'Check again' })).toBeEnabled();
  await expect(page.getByRole('heading', { name: 'Rapport cannot open your vault' })).toBeVisible();

  expect(snapshot(vaultDir)).toEqual(before);
});

test('a key file that cannot be read is explained, not reported as a crash', async ({
  openApp,
  vaultDir,
}) => {
  // A folder where the key file should be: reading it fails like a permissions problem would.
  mkdirSync(join(vaultDir, KEY_FILE), { recursive: true });
  const before = readdirSync(vaultDir).sort();

  const { page } = await openApp();
  await expect(page.getByRole('heading', { name: 'Rapport cannot open your vault' })).toBeVisible();
  await expect(page.getByText('could not be read', { exact: false })).toBeVisible();
  expect(readdirSync(vaultDir).sort()).toEqual(before);
});
