import { expect, type Page } from '@playwright/test';
import type { LaunchedApp, LaunchOptions } from './harness';
import { createVault, goTo, lock, passphraseField, PASSPHRASE, WEAK_PASSPHRASE } from './flows';
import { makeMismatchedVault } from './vault-problem-fixture';

export type ScreenName =
  | 'create'
  | 'create-weak'
  | 'create-strong'
  | 'recovery-key'
  | 'home'
  | 'clients-empty'
  | 'clients'
  | 'settings'
  | 'lock-tooltip'
  | 'unlock'
  | 'unlock-error'
  | 'recover'
  | 'problem';

type Visit = (screen: ScreenName, page: Page) => Promise<void>;
type OpenApp = (options?: Partial<LaunchOptions>) => Promise<LaunchedApp>;

/**
 * Walks through every screen the app has today, in the order a clinician meets them, and calls
 * `visit` on each once it is fully shown. Shared by the accessibility and screenshot tests.
 */
export async function tourScreens(openApp: OpenApp, vaultDir: string, problemVaultDir: string, visit: Visit) {
  const app = await openApp({ vaultDir });
  const { page } = app;

  await expect(page.getByRole('heading', { name: 'Create your vault' })).toBeVisible();
  await visit('create', page);
  await passphraseField(page).fill(WEAK_PASSPHRASE);
  await passphraseField(page, 'Type the passphrase again').fill('password2');
  await page.getByRole('button', { name: 'Show passphrase' }).click();
  await visit('create-weak', page);

  await passphraseField(page).fill(PASSPHRASE);
  await passphraseField(page, 'Type the passphrase again').fill(PASSPHRASE);
  await expect(page.getByRole('button', { name: 'Create vault' })).toBeEnabled();
  await visit('create-strong', page);

  await createVault(page);
  await visit('recovery-key', page);
  await page.getByText('I have saved my recovery key somewhere safe').click();
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await visit('home', page);
  await goTo(page, 'Clients');
  await expect(page.getByText('No clients yet.')).toBeVisible();
  await visit('clients-empty', page);

  for (const chosenName of ['Ada Lindqvist', 'Bashir Rahimi', 'Chiara Moretti', 'Dong-hyun Park']) {
    await app.core.router.call('clients:createEnquiry', { chosenName });
  }
  await goTo(page, 'Home');
  await goTo(page, 'Clients');
  await expect(page.getByText('Ada Lindqvist')).toBeVisible();
  await visit('clients', page);

  await goTo(page, 'Settings');
  await expect(page.getByLabel('Lock after this many minutes without activity')).toBeVisible();
  await visit('settings', page);

  await page.getByRole('button', { name: 'Lock', exact: true }).hover();
  await expect(page.getByRole('tooltip')).toContainText('Locks by itself in');
  await visit('lock-tooltip', page);
  await page.mouse.move(600, 300);

  await lock(page);
  await visit('unlock', page);
  await passphraseField(page).fill(`${PASSPHRASE} typo`);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await visit('unlock-error', page);

  await page.getByRole('button', { name: 'Forgot your passphrase? Use your recovery key' }).click();
  await expect(page.getByRole('heading', { name: 'Recover your vault' })).toBeVisible();
  await visit('recover', page);

  await makeMismatchedVault(problemVaultDir);
  const problem = await openApp({ vaultDir: problemVaultDir });
  await expect(problem.page.getByRole('heading', { name: 'Rapport cannot open your vault' })).toBeVisible();
  await visit('problem', problem.page);
}
