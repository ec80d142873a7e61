import { expect, type Locator, type Page } from '@playwright/test';

/** Strong enough for the meter and the main side's check; different so a mix-up shows. */
export const PASSPHRASE = 'lantern quietly orbits velvet pasture';
export const NEW_PASSPHRASE = 'copper heron drifts past midnight orchards';
export const WEAK_PASSPHRASE = 'password1';
export const RECOVERY_KEY_FORMAT = /^[A-Z2-7]{4}(-[A-Z2-7]{4}){13}$/;

export function passphraseField(page: Page, label = 'Passphrase'): Locator {
  return page.getByLabel(label, { exact: true });
}

/** Creates the vault through the UI and returns the recovery key it shows. */
export async function createVault(page: Page, passphrase = PASSPHRASE): Promise<string> {
  await passphraseField(page).fill(passphrase);
  await passphraseField(page, 'Type the passphrase again').fill(passphrase);
  await page.getByRole('button', { name: 'Create vault' }).click();
  await expect(page.getByRole('heading', { name: 'Save your recovery key' })).toBeVisible();
  return (await page.getByTestId('recovery-key').first().textContent()) ?? '';
}

export async function confirmRecoveryKeySaved(page: Page): Promise<void> {
  await page.getByText('I have saved my recovery key somewhere safe').click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
}

export async function createAndOpenVault(page: Page): Promise<string> {
  const recoveryKey = await createVault(page);
  await confirmRecoveryKeySaved(page);
  return recoveryKey;
}

export async function lock(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Unlock Rapport' })).toBeVisible();
}

export async function unlock(page: Page, passphrase = PASSPHRASE): Promise<void> {
  await passphraseField(page).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
}

export async function goTo(page: Page, place: 'Home' | 'Clients' | 'Settings'): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: place }).click();
}

/** Switches the colour scheme and waits until colour transitions have finished, so what is checked is what stays. */
export async function useColorScheme(page: Page, colorScheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme });
  await page.waitForFunction(() =>
    (globalThis as unknown as { document: { getAnimations(): { playState: string }[] } }).document
      .getAnimations()
      .every((animation) => animation.playState !== 'running'),
  );
}
