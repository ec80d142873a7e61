import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { goTo, useColorScheme } from './flows';
import { openClientTab, seriousViolations } from './goals-support';
import {
  choice,
  CLIENT,
  expectSaved,
  GOAL_WORDS,
  openNotes,
  section,
  seedHistory,
  vaultWithClient,
} from './notes-support';
import { expectWindowNeverScrolls } from './window-scroll';
import { dayField, fillClock } from './day-fields';

const SCREENS_DIR = join('test-results', 'screens');
const SIZES = [
  { name: 'normal', width: 1280, height: 800 },
  { name: 'narrow', width: 900, height: 640 },
] as const;

/**
 * Checks one screen as the clinician sees it, in both themes and both window sizes: no serious
 * accessibility problem, nothing wider than the window, and a screenshot to look at.
 */
async function checkScreen(page: Page, name: string, scrollTo?: () => Promise<void>): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await useColorScheme(page, colorScheme);
    expect(await seriousViolations(page), `${name} (${colorScheme})`).toEqual([]);
  }
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    if (scrollTo) await scrollTo();
    else await page.locator('main').evaluate((main: { scrollTop: number }) => (main.scrollTop = 0));
    await expectWindowNeverScrolls(page, `${name} (${size.name})`);
    for (const colorScheme of ['light', 'dark'] as const) {
      await useColorScheme(page, colorScheme);
      const overflow = await page
        .locator('html, main')
        .evaluateAll((els: { scrollWidth: number; clientWidth: number }[]) =>
          Math.max(...els.map((e) => e.scrollWidth - e.clientWidth)),
        );
      expect(overflow, `${name} (${size.name}) is wider than the window`).toBeLessThanOrEqual(0);
      await page.screenshot({
        path: join(SCREENS_DIR, `notes-${name}-${size.name}-${colorScheme}.png`),
        animations: 'disabled',
      });
    }
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await useColorScheme(page, 'light');
}

test('notes screens: list, draft, panels, signing, signed note, shortcuts, alliance, search', async ({
  openApp,
}) => {
  mkdirSync(SCREENS_DIR, { recursive: true });
  const app = await openApp();
  const { page } = app;
  const clientId = await vaultWithClient(app);

  await openNotes(page);
  await expect(page.getByText('No notes yet.')).toBeVisible();
  await checkScreen(page, 'empty');

  await seedHistory(app, clientId);
  await openNotes(page);
  await expect(page.getByRole('list', { name: 'Notes by session date' }).getByRole('listitem')).toHaveCount(
    3,
  );
  await checkScreen(page, 'list');

  // A draft being written: GIRP, a goal linked and rated, the checklist under way, a rupture recorded.
  await page.keyboard.press('Control+n');
  await expect(section(page, 'Data')).toBeFocused();
  await choice(page, 'Format', /^GIRP/).click();
  await fillClock(dayField(page, 'Start'), '10:00');
  await fillClock(dayField(page, 'End'), '10:50');
  await page
    .getByLabel('Attendees', { exact: true })
    .fill('Mariam; her sister Leila for the last ten minutes');
  await section(page, 'Goal').fill(
    'The wedding in June. She wants to stay through the ceremony and, if she can, the meal.',
  );
  await page.locator('label').filter({ hasText: GOAL_WORDS }).click();
  await page.getByLabel('What you worked on').fill('Rehearsed arriving early, finding a seat near the door.');
  await choice(page, 'Where the client is now (GAS)', /^0 /).click();
  await section(page, 'Intervention').fill(
    'Imaginal rehearsal of the ceremony, pausing at each rise in anxiety; paced breathing.',
  );
  await choice(page, 'The client shared openly, including something difficult', 'Observed').click();
  await choice(page, 'I listened actively and reflected back accurately', 'Partly').click();
  await choice(page, 'I felt listened to and understood.', 'Completely true').click();
  await page.getByRole('button', { name: /^Rupture and repair/ }).click();
  await page.getByRole('button', { name: 'Record a rupture' }).click();
  await choice(page, 'Rupture 1: kind', 'Confrontation').click();
  await page.getByRole('button', { name: 'Record another rupture' }).click();
  await choice(page, 'Rupture 2: kind', 'Both').click();
  await expectSaved(page);
  await checkScreen(page, 'draft');
  await checkScreen(page, 'draft-lower', async () => {
    await page.getByRole('region', { name: 'Private process note' }).scrollIntoViewIfNeeded();
  });

  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await checkScreen(page, 'shortcuts');
  await page.keyboard.press('Escape');

  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('dialog', { name: 'Sign and lock this note?' })).toBeVisible();
  await checkScreen(page, 'sign-dialog');
  await page.getByRole('button', { name: 'Sign and lock' }).click();
  await expect(page.getByText('Locked: corrections go in an addendum below.')).toBeVisible();
  await page
    .getByLabel('Add an addendum')
    .fill('Leila joined at Mariam’s request; recorded with her consent.');
  await page.getByRole('button', { name: 'Sign and add addendum' }).click();
  await expect(page.getByRole('region', { name: 'Addenda' }).getByRole('listitem')).toHaveCount(1);
  await checkScreen(page, 'signed');

  await openClientTab(page, CLIENT, 'Overview');
  await expect(page.getByRole('figure', { name: 'Working alliance by session' })).toBeVisible();
  await checkScreen(page, 'overview-alliance', async () => {
    await page.getByRole('figure', { name: 'Working alliance by session' }).scrollIntoViewIfNeeded();
  });

  await page.keyboard.press('Control+f');
  await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
  await checkScreen(page, 'search-empty');
  await page.keyboard.type('wedding');
  await expect(page.getByRole('region', { name: CLIENT }).locator('mark').first()).toBeVisible();
  await checkScreen(page, 'search-results');

  // Home's card of notes to sign: first names only, and each opens its note.
  await goTo(page, 'Home');
  const toSign = page.getByRole('region', { name: 'Notes to sign' });
  await expect(toSign.getByRole('button')).toHaveText(['Mariam9 Feb 2026']);
  await expect(toSign).not.toContainText('Haddad');
  await checkScreen(page, 'home');
  await toSign.getByRole('button').click();
  await expect(page.getByRole('heading', { level: 2, name: 'Session on 9 February 2026' })).toBeVisible();
});
