import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { LockReason } from '../../shared/contract';
import { createAppCore } from '../../electron/core/router/app-core';
import { callMain, clientRows } from './clients-support';
import { expect, makeTempDir, test } from './fixtures';
import { goTo, PASSPHRASE, passphraseField, NEW_PASSPHRASE, unlock } from './flows';
import { TEST_KDF } from './harness';
import {
  ageBackup,
  backupFolders,
  backupRows,
  openBackups,
  openVaultQuietly,
  seedClients,
} from './backup-support';
import { makeMismatchedVault } from './vault-problem-fixture';
import type { Page } from '@playwright/test';

async function clientNames(page: Page): Promise<string[]> {
  await goTo(page, 'Home');
  await goTo(page, 'Clients');
  await expect(clientRows(page).first()).toBeVisible();
  return (await clientRows(page).getByRole('rowheader').allTextContents()).map((name) => name.trim());
}

test('restoring an older backup locks, swaps and reopens the vault; restoring the set-aside vault undoes it', async ({
  openApp,
}) => {
  const app = await openApp();
  const { page } = app;
  const locks: LockReason[] = [];
  app.core.session.on('locked', (reason) => locks.push(reason));
  await openVaultQuietly(app);
  await seedClients(app, ['Ada Lindqvist']);
  await callMain(app, 'backup:run', {});
  await seedClients(app, ['Bashir Rahimi']);
  expect(await clientNames(page)).toEqual(['Ada Lindqvist', 'Bashir Rahimi']);

  await openBackups(page);
  await backupRows(page).first().getByRole('button', { name: 'Restore…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(dialog).toContainText(
    'which holds 1 client, 0 session notes and 0 appointments, replaces the vault',
  );
  await expect(dialog).toContainText('Your current vault is not deleted. It is kept aside');
  const passphrase = passphraseField(dialog as unknown as Page, 'Your passphrase');
  await expect(passphrase).toBeFocused();

  await passphrase.fill(`${PASSPHRASE} typo`);
  await dialog.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(dialog.getByText(/That passphrase/)).toBeVisible();
  expect(locks, 'a wrong passphrase stops the restore before anything locks').toEqual([]);

  await passphrase.fill(PASSPHRASE);
  await dialog.getByRole('button', { name: 'Restore this backup' }).click();
  const notice = page.getByRole('status').filter({ hasText: 'Restored the backup from' });
  await expect(notice).toContainText('It holds 1 client, 0 session notes and 0 appointments.');
  await expect(notice).toContainText('The vault you had before is kept aside');
  await expect(page.getByRole('heading', { level: 2, name: 'Backups' })).toBeFocused();
  expect(locks).toEqual(['restore']);
  expect(await clientNames(page)).toEqual(['Ada Lindqvist']);

  await openBackups(page);
  const aside = backupRows(page).filter({ hasText: 'Set aside by a restore' });
  await expect(aside).toHaveCount(1);
  await expect(aside).toContainText('Holds 2 clients');
  await aside.getByRole('button', { name: 'Restore…' }).click();
  const undo = page.getByRole('dialog', { name: 'Bring back this vault?' });
  await passphraseField(undo as unknown as Page, 'Your passphrase').fill(PASSPHRASE);
  await undo.getByRole('button', { name: 'Bring it back' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Restored your vault as it was before' }),
  ).toBeVisible();
  expect(locks).toEqual(['restore', 'restore']);
  expect(await clientNames(page)).toEqual(['Ada Lindqvist', 'Bashir Rahimi']);

  // After locking and unlocking, the vault is the one brought back, and the restore notice is old news.
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await unlock(page);
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Settings');
  expect(await clientNames(page)).toEqual(['Ada Lindqvist', 'Bashir Rahimi']);
});

test('from the unlock screen: see what the backups hold with the passphrase, then restore one', async ({
  openApp,
  vaultDir,
}) => {
  const app = await openApp();
  const { page } = app;
  await openVaultQuietly(app);
  await seedClients(app, ['Ada Lindqvist', 'Bashir Rahimi', 'Chiara Moretti']);
  await callMain(app, 'backup:run', {});
  // Only the newest backup of each day is kept: this one is from two days ago.
  ageBackup(backupFolders(vaultDir)[0]!, 2);
  await seedClients(app, ['Dong-hyun Park']);
  await page.getByRole('button', { name: 'Lock', exact: true }).click();

  await page.getByRole('button', { name: 'Restore from a backup…' }).click();
  await expect(page.getByRole('heading', { name: 'Restore from a backup' })).toBeVisible();
  const choices = page.getByRole('radiogroup', { name: 'Which backup' });
  // Locking made a backup too (something had changed): both are offered, newest first, and any folder.
  await expect(choices.getByRole('radio')).toHaveCount(3);
  await expect(choices.getByRole('radio', { name: /clients/ })).toHaveCount(0);

  await passphraseField(page).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Show what each backup holds' }).click();
  await expect(choices.getByRole('radio', { name: /holds 4 clients/ })).toHaveCount(1);
  const older = choices.getByRole('radio', { name: /holds 3 clients/ });
  await older.check({ force: true });
  await expect(page.getByText('The vault on this computer now is not deleted')).toBeVisible();
  await page.getByRole('button', { name: 'Restore this backup' }).click();

  await expect(page.getByRole('status').filter({ hasText: 'It holds 3 clients' })).toBeVisible();
  expect(await clientNames(page)).toEqual(['Ada Lindqvist', 'Bashir Rahimi', 'Chiara Moretti']);
});

test('a new computer: restore from a backup folder on the first screen, with the passphrase', async ({
  openApp,
  otherVaultDir,
}) => {
  // The old computer: a vault with two clients, backed up, then the backup carried on a stick.
  const oldComputer = join(makeTempDir(), 'vault');
  const old = createAppCore({ vaultDir: oldComputer, kdf: TEST_KDF });
  await old.session.create(PASSPHRASE);
  await old.router.call('clients:createEnquiry', { chosenName: 'Ada Lindqvist' });
  await old.router.call('clients:createEnquiry', { chosenName: 'Bashir Rahimi' });
  await old.router.call('backup:run', {});
  old.session.lock('quit');
  const stick = join(makeTempDir(), 'usb-stick');
  mkdirSync(stick);
  const carried = join(stick, 'rapport-backup');
  cpSync(backupFolders(oldComputer)[0]!, carried, { recursive: true });

  const app = await openApp({ vaultDir: otherVaultDir, chooseFolder: async () => carried });
  const { page } = app;
  await expect(page.getByRole('heading', { name: 'Create your vault' })).toBeVisible();
  await page.getByRole('button', { name: 'Moving from another computer? Restore from a backup…' }).click();
  await expect(page.getByText('Bring your records to this computer')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Restore this backup' })).toBeDisabled();
  await page.getByRole('button', { name: 'Choose a backup folder…' }).click();
  await expect(page.getByText(carried)).toBeVisible();
  // Before anything is replaced: when it was made at once, what it holds once the passphrase opens it.
  const facts = page.getByText(/^Made .* · You chose “Back up now”/);
  await expect(facts).toBeVisible();
  await expect(facts).not.toContainText('holds');
  await passphraseField(page).fill('not the passphrase at all');
  await page.getByRole('button', { name: 'Show what this backup holds' }).click();
  await expect(page.getByText('That passphrase opens neither the vault nor its backups.')).toBeVisible();
  await passphraseField(page).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Show what this backup holds' }).click();
  await expect(facts).toContainText('holds 2 clients');
  await page.getByRole('button', { name: 'Restore this backup' }).click();

  const notice = page.getByRole('status').filter({ hasText: `Restored the backup in ${carried}` });
  await expect(notice).toContainText('It holds 2 clients');
  await expect(notice).not.toContainText('kept aside');
  expect(await clientNames(page)).toEqual(['Ada Lindqvist', 'Bashir Rahimi']);
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await unlock(page);
});

test('a damaged vault: restore from a backup folder with the recovery key and a new passphrase', async ({
  openApp,
  vaultDir,
}) => {
  const source = join(makeTempDir(), 'vault');
  const old = createAppCore({ vaultDir: source, kdf: TEST_KDF });
  const recoveryKey = await old.session.create(PASSPHRASE);
  await old.router.call('clients:createEnquiry', { chosenName: 'Ada Lindqvist' });
  await old.router.call('backup:run', {});
  old.session.lock('quit');
  await makeMismatchedVault(vaultDir);

  const app = await openApp({ chooseFolder: async () => backupFolders(source)[0]! });
  const { page } = app;
  await expect(page.getByRole('heading', { name: 'Rapport cannot open your vault' })).toBeVisible();
  await page.getByRole('button', { name: 'Restore from a backup…' }).click();
  await expect(
    page.getByText('Put a healthy backup in place of the vault that cannot be opened'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Choose a backup folder…' }).click();
  await page.getByRole('button', { name: 'Forgot the passphrase? Use your recovery key' }).click();
  await page.getByLabel('Recovery key').fill(recoveryKey);
  await page.getByRole('button', { name: 'Show what this backup holds' }).click();
  await expect(page.getByText(/^Made .* · You chose “Back up now” · holds 1 client/)).toBeVisible();
  await passphraseField(page, 'New passphrase').fill(NEW_PASSPHRASE);
  await passphraseField(page, 'Type the new passphrase again').fill(NEW_PASSPHRASE);
  await page.getByRole('button', { name: 'Restore this backup' }).click();

  const notice = page.getByRole('status').filter({ hasText: 'Restored the backup in' });
  await expect(notice).toContainText('It holds 1 client');
  await expect(notice).toContainText('The vault you had before is kept aside');
  expect(await clientNames(page)).toEqual(['Ada Lindqvist']);
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await unlock(page, NEW_PASSPHRASE);
});
