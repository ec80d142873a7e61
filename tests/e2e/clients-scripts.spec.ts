import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { createAndOpenVault, goTo, useColorScheme } from './flows';
import { callMain, clientRows, openClient, openTab, SCRIPT_NAMES, seedClient } from './clients-support';

/** RAPPORT_SCREENS_DIR keeps a copy out of test-results, which every Playwright run empties. */
const SCREENS_DIR = process.env.RAPPORT_SCREENS_DIR ?? join('test-results', 'screens');

async function direction(locator: Locator): Promise<string> {
  return locator.evaluate(
    (element: object) =>
      (globalThis as unknown as { getComputedStyle(e: object): { direction: string } }).getComputedStyle(
        element,
      ).direction,
  );
}

test('names in every script, and text that looks like markup or SQL, are stored and shown exactly as typed', async ({
  openApp,
}) => {
  const app = await openApp();
  const { page } = app;
  await createAndOpenVault(page);
  mkdirSync(SCREENS_DIR, { recursive: true });

  // Two through the dialog (typed into the UI), the rest seeded.
  await goTo(page, 'Clients');
  for (const name of [SCRIPT_NAMES.markup, SCRIPT_NAMES.arabic]) {
    await page.getByRole('button', { name: 'Add client' }).click();
    await page.getByRole('dialog').getByLabel('Name they go by').fill(name);
    await page.getByRole('dialog').getByRole('button', { name: 'Add client' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    await goTo(page, 'Clients');
  }
  for (const name of Object.values(SCRIPT_NAMES)) {
    if (name !== SCRIPT_NAMES.markup && name !== SCRIPT_NAMES.arabic)
      await seedClient(app, { chosenName: name });
  }

  const stored = await callMain(app, 'clients:list', {});
  expect(stored.map((c) => c.chosenName).sort()).toEqual(Object.values(SCRIPT_NAMES).sort());

  await goTo(page, 'Home');
  await goTo(page, 'Clients');
  const names = page.getByRole('grid', { name: 'Clients' }).getByRole('rowheader');
  await expect(names).toHaveCount(Object.keys(SCRIPT_NAMES).length);
  expect((await names.allTextContents()).sort()).toEqual(Object.values(SCRIPT_NAMES).sort());
  // Shown as characters, never as markup: no bold element and no script came from a name.
  expect(await page.locator('.client-table b, .client-table script').count()).toBe(0);
  for (const colorScheme of ['light', 'dark'] as const) {
    await useColorScheme(page, colorScheme);
    await page.screenshot({ path: join(SCREENS_DIR, `clients-scripts-normal-${colorScheme}.png`) });
  }
  await useColorScheme(page, 'light');

  const arabicCell = clientRows(page).filter({ hasText: SCRIPT_NAMES.arabic }).locator('.user-text');
  expect(await direction(arabicCell)).toBe('rtl');
  const hebrewCell = clientRows(page).filter({ hasText: SCRIPT_NAMES.hebrew }).locator('.user-text');
  expect(await direction(hebrewCell)).toBe('rtl');
  const latinCell = clientRows(page).filter({ hasText: SCRIPT_NAMES.latin }).locator('.user-text');
  expect(await direction(latinCell)).toBe('ltr');

  await page.getByLabel('Find a client').fill('<b>');
  await expect(clientRows(page)).toHaveCount(1);
  await expect(clientRows(page).first().getByRole('rowheader')).toHaveText(SCRIPT_NAMES.markup);
  await page.getByLabel('Find a client').fill("'); DROP");
  await expect(clientRows(page)).toHaveCount(1);
  await expect(clientRows(page).first().getByRole('rowheader')).toHaveText(SCRIPT_NAMES.sql);
  await page.getByLabel('Find a client').fill('Иван');
  await expect(clientRows(page), 'the combining accents are ignored by search').toHaveCount(1);

  // Text typed into the intake comes back byte for byte, and reads right to left where it should.
  await openClient(page, SCRIPT_NAMES.hebrew);
  expect(await direction(page.getByRole('heading', { level: 1 }).locator('.user-text'))).toBe('rtl');
  const words = `${SCRIPT_NAMES.hebrew} אמרה: "אני עייפה" — ${SCRIPT_NAMES.devanagari} ${SCRIPT_NAMES.emoji} ${SCRIPT_NAMES.markup}`;
  await page.getByRole('button', { name: 'Start intake' }).click();
  await page.getByLabel('Pronouns').fill('היא');
  await page.getByRole('button', { name: 'Next: What brings them here' }).click();
  await page.getByLabel('What brings them here, in their own words').fill(words);
  await page.getByRole('button', { name: 'Finish intake' }).click();
  await expect(page.getByText('The intake is complete and saved.')).toBeVisible();

  const [hebrew] = await callMain(app, 'clients:list', { search: SCRIPT_NAMES.hebrew });
  const record = await callMain(app, 'clients:get', { id: hebrew!.id });
  expect(record.intake.presenting.inOwnWords).toBe(words);
  expect(record.intake.identity.pronouns).toBe('היא');

  await openTab(page, 'Overview');
  const quoted = page.locator('.client-words .user-text');
  await expect(quoted).toHaveText(words);
  // Each line reads in the direction most of its letters are in: this one begins in Hebrew, but the
  // Latin and Devanagari after it are more, so it reads left to right with the Hebrew isolated.
  expect(await direction(page.locator('.client-words .user-text__line'))).toBe('ltr');
  await expect(page.locator('.client-header__pronouns .user-text')).toHaveAttribute('dir', 'rtl');
  expect(await page.locator('.client-words b, .client-words script').count()).toBe(0);
  await page.screenshot({ path: join(SCREENS_DIR, 'client-scripts-overview-normal-light.png') });
});
