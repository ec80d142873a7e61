import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { PASSPHRASE, passphraseField } from './flows';

type FocusProbe = { ownerDocument: { activeElement: unknown } };

/** Presses Tab (and only Tab) until `target` has focus. */
async function tabTo(page: Page, target: Locator, maxPresses = 30): Promise<void> {
  for (let press = 0; press <= maxPresses; press += 1) {
    if (await target.evaluate((element: FocusProbe) => element === element.ownerDocument.activeElement))
      return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${maxPresses} presses of Tab never reached ${target.toString()}`);
}

/** Keyboard focus must be visible: an outline drawn by the focused element (or its field box). */
async function expectVisibleFocusRing(target: Locator): Promise<void> {
  const outline = await target.evaluate((element: object) => {
    const style = (
      globalThis as unknown as { getComputedStyle(e: object): { outlineStyle: string; outlineWidth: string } }
    ).getComputedStyle(element);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(outline.style).not.toBe('none');
  expect(outline.width).toBeGreaterThanOrEqual(2);
}

test('create, save the key, move around, lock and unlock with the keyboard alone', async ({ openApp }) => {
  const { page } = await openApp();
  await expect(page.getByRole('heading', { name: 'Create your vault' })).toBeVisible();
  await expect(passphraseField(page)).toBeFocused();

  await page.keyboard.type(PASSPHRASE);
  await tabTo(page, passphraseField(page, 'Type the passphrase again'));
  await page.keyboard.type(PASSPHRASE);
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: 'Save your recovery key' })).toBeVisible();
  const saved = page.getByRole('checkbox', { name: 'I have saved my recovery key somewhere safe' });
  await tabTo(page, saved);
  await page.keyboard.press('Space');
  await expect(saved).toBeChecked();
  const continueButton = page.getByRole('button', { name: 'Continue' });
  await tabTo(page, continueButton);
  await expectVisibleFocusRing(continueButton);
  await page.keyboard.press('Enter');

  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  const clients = nav.getByRole('button', { name: 'Clients' });
  await tabTo(page, clients);
  await expectVisibleFocusRing(clients);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Clients', level: 1 })).toBeFocused();
  await expect(page.getByText('No clients yet. Add your first with “Add client”')).toBeVisible();

  const lockButton = page.getByRole('button', { name: 'Lock', exact: true });
  await tabTo(page, lockButton);
  await expect(page.getByRole('tooltip')).toContainText('Locks by itself in');
  await page.keyboard.press('Space');
  await expect(page.getByRole('heading', { name: 'Unlock Rapport' })).toBeVisible();
  await expect(passphraseField(page)).toBeFocused();

  await page.keyboard.type(PASSPHRASE);
  await page.keyboard.press('Enter');
  await expect(nav).toBeVisible();
  await page.keyboard.press('Control+L');
  await expect(page.getByRole('heading', { name: 'Unlock Rapport' })).toBeVisible();
});
