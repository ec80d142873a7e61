import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createAndOpenVault } from './flows';
import { callMain } from './clients-support';

type FocusProbe = { ownerDocument: { activeElement: unknown } };

/** Presses Tab (and only Tab) until `target` has focus. */
async function tabTo(page: Page, target: Locator, maxPresses = 40): Promise<void> {
  for (let press = 0; press <= maxPresses; press += 1) {
    if (await target.evaluate((element: FocusProbe) => element === element.ownerDocument.activeElement))
      return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${maxPresses} presses of Tab never reached ${target.toString()}`);
}

async function expectVisibleFocusRing(target: Locator): Promise<void> {
  const outline = await target.evaluate((element: object) => {
    const style = (
      globalThis as unknown as {
        getComputedStyle(e: object): { outlineStyle: string; outlineWidth: string; boxShadow: string };
      }
    ).getComputedStyle(element);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth), shadow: style.boxShadow };
  });
  // A ring is an outline, or for a table row (whose cells would clip an outline) an inset shadow.
  expect((outline.style !== 'none' && outline.width >= 2) || outline.shadow.includes('inset')).toBe(true);
}

test('add an enquiry and fill in an intake step with the keyboard alone', async ({ openApp }) => {
  const app = await openApp();
  const { page } = app;
  await createAndOpenVault(page);

  const clientsLink = page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Clients' });
  await tabTo(page, clientsLink);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeFocused();

  const addClient = page.getByRole('button', { name: 'Add client' });
  await tabTo(page, addClient);
  await expectVisibleFocusRing(addClient);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Add client' });
  await expect(dialog.getByLabel('Name they go by')).toBeFocused();
  // Escape closes the dialog and gives focus back to the button that opened it.
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(addClient).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog.getByLabel('Name they go by')).toBeFocused();
  await page.keyboard.type('Lior Ben-David');
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Legal name, if different')).toBeFocused();
  await page.keyboard.type('Lior Ben David');
  await tabTo(page, dialog.getByLabel('How they found you'));
  await page.keyboard.type('Website');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: 'Lior Ben-David' })).toBeFocused();
  const start = page.getByRole('button', { name: 'Start intake' });
  await tabTo(page, start);
  await expectVisibleFocusRing(start);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Identity and practicalities' })).toBeFocused();

  await tabTo(page, page.getByLabel('Pronouns'));
  await page.keyboard.type('they/them');
  // The ring is on the field alone, never on the whole tab area around it.
  const tabArea = page.getByRole('tablist', { name: 'Parts of the record' }).locator('..');
  await expect(tabArea).toHaveAttribute('data-focus-visible', 'true');
  await expect(tabArea).toHaveCSS('outline-style', 'none');
  // The radio group is one Tab stop; the arrow keys choose within it.
  const messages = page.getByRole('radiogroup', { name: 'May you leave messages?' });
  await tabTo(page, messages.getByRole('radio', { name: 'Not asked yet' }));
  await page.keyboard.press('ArrowRight');
  await expect(messages.getByRole('radio', { name: 'Yes' })).toBeChecked();
  const interpreter = page.getByRole('checkbox', { name: 'An interpreter is needed' });
  await tabTo(page, interpreter);
  await page.keyboard.press('Space');
  await expect(interpreter).toBeChecked();

  const next = page.getByRole('button', { name: 'Next: What brings them here' });
  await tabTo(page, next);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'What brings them here' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('What brings them here, in their own words')).toBeFocused();
  await page.keyboard.type('Nightmares after the accident.');

  const saveForNow = page.getByRole('button', { name: 'Save for now' });
  await tabTo(page, saveForNow);
  await expectVisibleFocusRing(saveForNow);
  await page.keyboard.press('Enter');
  await expect(page.getByText('The intake is saved.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start intake' })).toBeFocused();

  // Back to the list and into the client again, by the keyboard: the table is one Tab stop, arrows move.
  const allClients = page.getByRole('button', { name: 'All clients' });
  await tabTo(page, allClients);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeFocused();
  const row = page.getByRole('row', { name: /Lior Ben-David/ });
  await tabTo(page, row);
  await expectVisibleFocusRing(row);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Lior Ben-David' })).toBeFocused();

  const [client] = await callMain(app, 'clients:list', { search: 'Lior' });
  const record = await callMain(app, 'clients:get', { id: client!.id });
  expect(record.legalName).toBe('Lior Ben David');
  expect(record.intake.identity).toMatchObject({
    pronouns: 'they/them',
    mayLeaveMessages: true,
    interpreterNeeded: true,
    referralSource: 'Website',
  });
  expect(record.intake.presenting.inOwnWords).toBe('Nightmares after the accident.');
});
