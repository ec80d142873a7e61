import {
  confirmRecoveryKeySaved,
  createAndOpenVault,
  createVault,
  goTo,
  lock,
  NEW_PASSPHRASE,
  PASSPHRASE,
  passphraseField,
  RECOVERY_KEY_FORMAT,
  unlock,
  WEAK_PASSPHRASE,
} from './flows';
import { expect, test } from './fixtures';
import { holdAnswers } from './hold-answers';

test('first run: create the vault, save the key, see no clients, lock and unlock', async ({ openApp }) => {
  const { page } = await openApp();
  await expect(page).toHaveTitle('Rapport');
  await expect(page.getByRole('heading', { name: 'Create your vault' })).toBeVisible();

  await passphraseField(page).fill(WEAK_PASSPHRASE);
  await expect(page.getByRole('meter', { name: 'Strength' })).toHaveAttribute('aria-valuetext', /weak/i);
  await expect(
    page.getByText('You can create the vault once the passphrase is strong enough.'),
  ).toBeVisible();
  await expect(page.getByText('Use at least 10 characters.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Create vault' })).toBeDisabled();

  await passphraseField(page).fill(PASSPHRASE);
  await passphraseField(page, 'Type the passphrase again').fill(`${PASSPHRASE}s`);
  await page.getByRole('button', { name: 'Create vault' }).click();
  await expect(page.getByText('This does not match the passphrase above.')).toBeVisible();
  await expect(passphraseField(page, 'Type the passphrase again')).toHaveAttribute('aria-invalid', 'true');

  const recoveryKey = await createVault(page);
  expect(recoveryKey).toMatch(RECOVERY_KEY_FORMAT);
  await expect(
    page.getByText('You can show it again later from Settings, with your passphrase.'),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Continue' })).toBeDisabled();
  await confirmRecoveryKeySaved(page);
  await expect(page).toHaveTitle('Rapport');

  await goTo(page, 'Clients');
  await expect(page.getByText('No clients yet. Add your first with “Add client”')).toBeVisible();

  await lock(page);
  await passphraseField(page).fill('not the passphrase at all');
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('That passphrase does not open this vault.');
  await expect(passphraseField(page)).toBeFocused();

  await unlock(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Good (morning|afternoon|evening)$/);
  await lock(page);
});

test('repeated wrong passphrases make the unlock button wait, with a countdown', async ({ openApp }) => {
  const { page } = await openApp();
  await createAndOpenVault(page);
  await lock(page);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    await passphraseField(page).fill(`wrong guess number ${attempt}`);
    await page.getByRole('button', { name: 'Unlock', exact: true }).click();
    await expect(page.getByRole('alert')).toBeVisible();
  }
  await expect(page.getByRole('button', { name: /^Try again in \d+ s$/ })).toBeDisabled();
  await expect(page.getByRole('alert')).toContainText('waits a little longer');
  await expect(page.getByRole('button', { name: 'Unlock', exact: true })).toBeEnabled();
  await unlock(page);
});

test('Ctrl+L locks from anywhere, and a lock from the main side (idle) shows why', async ({ openApp }) => {
  const app = await openApp();
  const { page } = app;
  await createAndOpenVault(page);
  await goTo(page, 'Settings');
  await page.keyboard.press('Control+L');
  await expect(page.getByRole('heading', { name: 'Unlock Rapport' })).toBeVisible();

  await unlock(page);
  app.core.session.lock('idle');
  await expect(page.getByRole('heading', { name: 'Unlock Rapport' })).toBeVisible();
  await expect(page.getByText('Rapport locked itself because it was not used for a while.')).toBeVisible();
});

test('recover with the recovery key and a new passphrase', async ({ openApp }) => {
  const { page } = await openApp();
  const recoveryKey = await createAndOpenVault(page);
  await lock(page);

  await page.getByRole('button', { name: 'Forgot your passphrase? Use your recovery key' }).click();
  await expect(page.getByRole('heading', { name: 'Recover your vault' })).toBeVisible();
  // Typed back the way a person might: lower case, spaces instead of dashes.
  await page.getByLabel('Recovery key').fill(recoveryKey.toLowerCase().replaceAll('-', ' '));
  await passphraseField(page, 'New passphrase').fill(NEW_PASSPHRASE);
  await passphraseField(page, 'Type the new passphrase again').fill(NEW_PASSPHRASE);
  await page.getByRole('button', { name: 'Recover vault' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();

  await lock(page);
  await passphraseField(page).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('That passphrase does not open this vault.');
  await unlock(page, NEW_PASSPHRASE);
});

test('a recovery key with a typing mistake is refused with a reason', async ({ openApp }) => {
  const { page } = await openApp();
  const recoveryKey = await createAndOpenVault(page);
  await lock(page);
  await page.getByRole('button', { name: 'Forgot your passphrase? Use your recovery key' }).click();
  const mistyped = (recoveryKey[0] === 'A' ? 'B' : 'A') + recoveryKey.slice(1);
  await page.getByLabel('Recovery key').fill(mistyped);
  await passphraseField(page, 'New passphrase').fill(NEW_PASSPHRASE);
  await passphraseField(page, 'Type the new passphrase again').fill(NEW_PASSPHRASE);
  await page.getByRole('button', { name: 'Recover vault' }).click();
  await expect(page.getByRole('alert')).toContainText('typing mistake');
  await page.getByRole('button', { name: 'Back to unlock' }).click();
  await unlock(page);
});

test('after locking, nothing read from the vault is left in the page', async ({ openApp }) => {
  const app = await openApp();
  const { page } = app;
  const recoveryKey = await createAndOpenVault(page);
  const created = await app.core.router.call('clients:createEnquiry', {
    chosenName: 'Marguerite Quillfeather',
  });
  expect(created.ok).toBe(true);
  await goTo(page, 'Clients');
  await expect(page.getByText('Marguerite Quillfeather')).toBeVisible();

  await lock(page);
  const html = await page.content();
  const text = await page.evaluate(
    () => (globalThis as unknown as { document: { body: { innerText: string } } }).document.body.innerText,
  );
  for (const secret of [
    recoveryKey,
    recoveryKey.replaceAll('-', ''),
    'Marguerite',
    'Quillfeather',
    PASSPHRASE,
  ]) {
    expect(html).not.toContain(secret);
    expect(text).not.toContain(secret);
  }
});

test('settings: change the auto-lock time and the passphrase', async ({ openApp }) => {
  const { page } = await openApp();
  await createAndOpenVault(page);
  await goTo(page, 'Settings');

  const minutes = page.getByLabel('Lock after this many minutes without activity');
  await minutes.fill('25');
  await page.getByRole('button', { name: 'Save auto-lock time' }).click();
  await expect(page.getByRole('region', { name: 'Auto-lock' }).getByRole('status')).toContainText(
    'Rapport now locks after 25 minutes without activity.',
  );

  await passphraseField(page, 'Current passphrase').fill('this is not it at all');
  await passphraseField(page, 'New passphrase').fill(NEW_PASSPHRASE);
  await passphraseField(page, 'Type the new passphrase again').fill(NEW_PASSPHRASE);
  await page.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(page.getByText('The current passphrase is not right.')).toBeVisible();

  await passphraseField(page, 'Current passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(page.getByRole('region', { name: 'Change passphrase' }).getByRole('status')).toContainText(
    'Your passphrase was changed.',
  );
  await lock(page);
  await unlock(page, NEW_PASSPHRASE);
  await goTo(page, 'Settings');
  await expect(page.getByLabel('Lock after this many minutes without activity')).toHaveValue('25');
});

test('creating and unlocking show their progress until the main side answers', async ({ openApp }) => {
  const app = await openApp();
  const { page } = app;
  // Each answer waits until the test has seen the page waiting for it (a real key derivation takes
  // about a second on a quiet machine, which a look at the page could miss or not).
  const created = holdAnswers(app, 'vault:create');
  await passphraseField(page).fill(PASSPHRASE);
  await passphraseField(page, 'Type the passphrase again').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Create vault' }).click();
  await expect(page.getByRole('button', { name: 'Creating your vault…' })).toBeVisible();
  created();
  await confirmRecoveryKeySaved(page);

  await lock(page);
  const unlocked = holdAnswers(app, 'vault:unlock');
  await passphraseField(page).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Unlocking…' })).toBeVisible();
  unlocked();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
});
