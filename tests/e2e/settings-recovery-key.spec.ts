import { expect, test } from './fixtures';
import { PASSPHRASE, passphraseField } from './flows';
import { callMain } from './clients-support';

test('a recovery key never confirmed is offered again from Settings, with the passphrase', async ({
  openApp,
}) => {
  const app = await openApp();
  const { page } = app;
  // The vault was made but the app closed before "I have saved it" (here: made through the router).
  const { recoveryKey } = await callMain(app, 'vault:create', {
    passphrase: PASSPHRASE,
    confirmation: PASSPHRASE,
  });
  await page.reload();

  await expect(page.getByText('Your recovery key is not confirmed as saved yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Show it in Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.getByText(/You have not yet confirmed that your recovery key is saved/)).toBeVisible();
  await expect(page.getByTestId('recovery-key')).toHaveCount(0);

  const field = passphraseField(page, 'Your passphrase');
  await field.fill(`${PASSPHRASE} typo`);
  await page.getByRole('button', { name: 'Show recovery key' }).click();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(/That passphrase does not open this vault/)).toBeVisible();
  await expect(page.getByTestId('recovery-key')).toHaveCount(0);

  await field.fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Show recovery key' }).click();
  const shown = page.getByRole('main').getByTestId('recovery-key');
  await expect(shown).toBeVisible();
  expect((await shown.textContent()) ?? '').toBe(recoveryKey);
  await expect(page.getByRole('heading', { name: 'Your recovery key' })).toBeFocused();

  const confirm = page.getByRole('button', { name: 'I have saved it' });
  await expect(confirm).toBeDisabled();
  await page.getByText('I have saved my recovery key somewhere safe').click();
  await confirm.click();
  await expect(page.getByText('You confirmed that your recovery key is saved.')).toBeVisible();
  await expect(page.getByTestId('recovery-key')).toHaveCount(0);
  const text = await page.evaluate(
    () => (globalThis as unknown as { document: { body: { innerText: string } } }).document.body.innerText,
  );
  expect(text, 'once hidden, the key is nowhere in the page, the printable kit included').not.toContain(
    recoveryKey.slice(0, 9),
  );
  expect((await callMain(app, 'vault:status', {})).recoveryKeyConfirmed).toBe(true);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Home' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('Your recovery key is not confirmed as saved yet.')).toHaveCount(0);
});
