import { join } from 'node:path';
import { expect, test } from './fixtures';
import { createVault } from './flows';

test('printing shows only the emergency kit: the key and what to do, nothing of the app', async ({
  openApp,
}) => {
  const { page } = await openApp();
  const recoveryKey = await createVault(page);

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#root')).toBeHidden();
  const kit = page.getByRole('heading', { name: 'Rapport emergency kit' });
  await expect(kit).toBeVisible();
  await expect(page.getByTestId('recovery-key').last()).toHaveText(recoveryKey);
  await expect(page.getByText('If you forget your passphrase')).toBeVisible();
  await page.screenshot({ path: join('test-results', 'screens', 'emergency-kit-print.png'), fullPage: true });
  // The sheet as Chromium's print back end (the one Electron prints with) lays it out on paper.
  await page.pdf({ path: join('test-results', 'screens', 'emergency-kit.pdf'), format: 'A4' });

  await page.emulateMedia({ media: 'screen' });
  await expect(kit).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Save your recovery key' })).toBeVisible();
});

test('Copy puts the exact recovery key on the clipboard and says what to do next', async ({ openApp }) => {
  const { page } = await openApp();
  const recoveryKey = await createVault(page);
  await page.getByRole('button', { name: 'Copy' }).click();
  await expect(page.getByRole('status')).toContainText('Copied. Paste it into your password manager now');
  const copied = await page.evaluate(() =>
    (
      globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }
    ).navigator.clipboard.readText(),
  );
  expect(copied).toBe(recoveryKey);
});
