import { callMain } from './clients-support';
import { expect, test } from './fixtures';
import { PASSPHRASE } from './flows';
import { ageBackup, backupFolders, backupRows, openVaultQuietly, seedClients, tabTo } from './backup-support';

test('back up and restore with the keyboard alone', async ({ openApp, vaultDir }) => {
  const app = await openApp();
  const { page } = app;
  await openVaultQuietly(app);
  await seedClients(app, ['Ada Lindqvist']);
  await callMain(app, 'backup:run', {});
  ageBackup(backupFolders(vaultDir)[0]!, 2);
  await seedClients(app, ['Bashir Rahimi']);

  const settings = page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' });
  await tabTo(page, settings);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeFocused();

  const backUp = page.getByRole('button', { name: 'Back up now' });
  await tabTo(page, backUp, 200);
  await page.keyboard.press('Enter');
  await expect(page.getByText('Backed up and checked. This backup holds 2 clients')).toBeVisible();
  await expect(backupRows(page)).toHaveCount(2);

  const restore = backupRows(page).nth(1).getByRole('button', { name: 'Restore…' });
  await tabTo(page, restore);
  const ring = await restore.evaluate(
    (element: object) =>
      (globalThis as unknown as { getComputedStyle(e: object): { outlineStyle: string } }).getComputedStyle(
        element,
      ).outlineStyle,
  );
  expect(ring).not.toBe('none');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(dialog).toContainText('holds 1 client');
  await expect(dialog.getByLabel('Your passphrase', { exact: true })).toBeFocused();
  await page.keyboard.type(PASSPHRASE);
  await page.keyboard.press('Enter');

  await expect(page.getByText(/Restored the backup from .*It holds 1 client/)).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Backups' })).toBeFocused();
  expect(
    (await callMain(app, 'clients:list', { search: '', sort: 'name' })).map((c) => c.chosenName),
  ).toEqual(['Ada Lindqvist']);

  // Escape closes a dialog and gives focus back to what opened it.
  const contents = backupRows(page).first().getByRole('button', { name: 'See contents' });
  await tabTo(page, contents);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'What this backup holds' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(contents).toBeFocused();
});
