import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { limitPages, NO_PAGE_LIMIT, pagesInUse } from '../unit/support/page-limit';
import { expect, test } from './fixtures';
import { useColorScheme } from './flows';
import { expectSaved, onlyNote, openNotes, section, vaultWithClient } from './notes-support';

const SCREENS_DIR = process.env.RAPPORT_SCREENS_DIR ?? join('test-results', 'screens');
const FULL_DISK = 'The disk is full, so nothing was saved. Free some space and try again.';

/** A long session note: distinct words, so the search index grows with it as well. */
const LONG_TEXT = Array.from({ length: 1100 }, (_, i) => `observation${i.toString(36)}`).join(' ');

test('a full disk during a save: a clear message, the text kept, nothing half-saved, and saving works again once there is room', async ({
  openApp,
}) => {
  const app = await openApp();
  const { page } = app;
  const clientId = await vaultWithClient(app);
  await openNotes(page);
  await page.keyboard.press('Control+n');
  const field = section(page, 'Subjective');
  await expect(field).toBeFocused();
  await page.keyboard.type('Arrived early. ');
  await expectSaved(page);
  const stored = await onlyNote(app, clientId);
  expect(stored.body.subjective).toBe('Arrived early. ');

  // SQLite's page limit stands in for a full disk: the vault may grow by two pages and no more.
  const db = app.core.session.db();
  limitPages(db, pagesInUse(db) + 2);

  await page.keyboard.insertText(LONG_TEXT);
  const problem = page.getByRole('alert').filter({ hasText: 'Not saved.' });
  await expect(problem).toContainText(FULL_DISK);
  await expect(problem).toContainText('Your text is still here.');
  await expect(page.getByTestId('note-save-state')).toHaveText('Not saved');
  await expect(field).toHaveValue(`Arrived early. ${LONG_TEXT}`);

  // Nothing of the refused save reached the vault: the note is as it was, and the file is sound.
  expect(await onlyNote(app, clientId)).toEqual(stored);
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');

  for (const colorScheme of ['light', 'dark'] as const) {
    await useColorScheme(page, colorScheme);
    const results = await new AxeBuilder({ page }).exclude('[data-live-announcer]').analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(
      serious.map((v) => v.id),
      colorScheme,
    ).toEqual([]);
    // Tall enough to show the message and the kept text together.
    await page.setViewportSize({ width: 1280, height: 1400 });
    await problem.scrollIntoViewIfNeeded();
    await page.screenshot({
      path: join(SCREENS_DIR, `notes-full-disk-${colorScheme}.png`),
      animations: 'disabled',
    });
  }
  await useColorScheme(page, 'light');
  await page.setViewportSize({ width: 1280, height: 800 });

  // Space is freed; the clinician asks again from the keyboard, and everything typed is stored.
  limitPages(db, NO_PAGE_LIMIT);
  await problem.getByRole('button', { name: 'Try again' }).focus();
  await page.keyboard.press('Enter');
  await expectSaved(page);
  await expect(problem).toHaveCount(0);
  await expect(field).toHaveValue(`Arrived early. ${LONG_TEXT}`);
  expect((await onlyNote(app, clientId)).body.subjective).toBe(`Arrived early. ${LONG_TEXT}`);
});
