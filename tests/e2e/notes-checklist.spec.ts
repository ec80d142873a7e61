import { mkdirSync } from 'node:fs';
import type { Locator } from '@playwright/test';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { goTo, useColorScheme } from './flows';
import { callOk, seriousViolations } from './goals-support';
import { choice, openNotes, section, vaultWithClient } from './notes-support';

const SCREENS_DIR = join('test-results', 'screens');

/** The wording of each item in a group, in order. */
function values(group: Locator): Promise<string[]> {
  return group.getByRole('textbox').evaluateAll((inputs: { value: string }[]) => inputs.map((i) => i.value));
}

test('the checklist in Settings: reword, reorder, add and retire; new notes only', async ({ openApp }) => {
  const app = await openApp();
  const { page } = app;
  const clientId = await vaultWithClient(app);
  const before = await callOk(app, 'notes:create', { clientId, sessionDate: '2026-03-02', format: 'SOAP' });

  await goTo(page, 'Settings');
  const panel = page.getByRole('region', { name: 'Relationship checklist' });
  await expect(panel.getByText('Changes apply to notes you start from now on.')).toBeVisible();
  const trust = panel.getByRole('region', { name: 'Trust and rapport' });

  await trust.getByLabel('Trust and rapport, item 1').fill('The client shared openly, even something hard');
  await trust
    .getByRole('button', { name: 'Move down: I listened actively and reflected back accurately' })
    .click();
  await expect
    .poll(() => values(trust))
    .toEqual([
      'The client shared openly, even something hard',
      'Confidentiality and its limits were honoured',
      'I listened actively and reflected back accurately',
    ]);
  await trust.getByRole('button', { name: 'Retire: Confidentiality and its limits were honoured' }).click();

  const culture = panel.getByRole('region', { name: 'Cultural humility and responsiveness' });
  await culture.getByRole('button', { name: 'Add an item to Cultural humility and responsiveness' }).click();
  const added = culture.getByLabel('Cultural humility and responsiveness, item 4');
  await expect(added).toBeFocused();
  await panel.getByRole('button', { name: 'Save checklist' }).click();
  await expect(culture.getByText('An item needs some words.')).toBeVisible();
  await added.fill('We named a cultural difference out loud');

  for (const colorScheme of ['light', 'dark'] as const) {
    await useColorScheme(page, colorScheme);
    expect(await seriousViolations(page), `checklist settings (${colorScheme})`).toEqual([]);
  }
  mkdirSync(SCREENS_DIR, { recursive: true });
  for (const size of [
    { name: 'normal', width: 1280, height: 800 },
    { name: 'narrow', width: 900, height: 640 },
  ]) {
    await page.setViewportSize(size);
    await panel.scrollIntoViewIfNeeded();
    for (const colorScheme of ['light', 'dark'] as const) {
      await useColorScheme(page, colorScheme);
      await page.screenshot({
        path: join(SCREENS_DIR, `notes-checklist-settings-${size.name}-${colorScheme}.png`),
      });
    }
  }
  await useColorScheme(page, 'light');

  await panel.getByRole('button', { name: 'Save checklist' }).click();
  await expect(panel.getByText('Saved. Notes you start from now on use this list.')).toBeVisible();
  const retired = panel.getByRole('region', { name: 'Retired items' });
  await expect(retired).toContainText('Confidentiality and its limits were honoured');

  // A note started now has the new list; the note started before keeps the items it was written with.
  const after = await callOk(app, 'notes:create', { clientId, sessionDate: '2026-03-09', format: 'SOAP' });
  const texts = after.checklist.map((c) => c.text);
  expect(texts.slice(0, 2)).toEqual([
    'The client shared openly, even something hard',
    'I listened actively and reflected back accurately',
  ]);
  expect(texts).toContain('We named a cultural difference out loud');
  expect(texts).not.toContain('Confidentiality and its limits were honoured');
  const old = await callOk(app, 'notes:get', { id: before.id });
  expect(old.checklist.map((c) => c.text)).toContain('Confidentiality and its limits were honoured');
  expect(old.checklist.map((c) => c.text)).not.toContain('We named a cultural difference out loud');

  // Restoring a retired item brings it back at the end of its group.
  await retired
    .getByRole('button', { name: 'Restore: Confidentiality and its limits were honoured' })
    .click();
  await panel.getByRole('button', { name: 'Save checklist' }).click();
  await expect(panel.getByText('Saved. Notes you start from now on use this list.')).toBeVisible();
  await expect
    .poll(() => values(trust))
    .toEqual([
      'The client shared openly, even something hard',
      'I listened actively and reflected back accurately',
      'Confidentiality and its limits were honoured',
    ]);
});

/** Where something is on the page: its top, bottom and width. */
function box(locator: Locator) {
  return locator.evaluate(
    (element: { getBoundingClientRect(): { top: number; bottom: number; width: number } }) => {
      const { top, bottom, width } = element.getBoundingClientRect();
      return { top, bottom, width };
    },
  );
}

test('the checklist in a note: across the width under the note, a row per item, groups that fold, a score that says what it means', async ({
  openApp,
}) => {
  const app = await openApp();
  const { page } = app;
  await vaultWithClient(app);
  await openNotes(page);
  await page.keyboard.press('Control+n');
  await expect(section(page, 'Subjective')).toBeFocused();

  const checklist = page.getByRole('group', { name: /^Relationship checklist/ });
  const editor = page.getByRole('article');
  for (const size of [
    { width: 1280, height: 800 },
    { width: 900, height: 640 },
  ]) {
    await page.setViewportSize(size);
    expect((await box(checklist)).width, 'the checklist spans the editor').toBeGreaterThan(
      0.9 * (await box(editor)).width,
    );
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  // Beside the note: feedback first; the checklist follows the note rather than running down a column.
  expect((await box(page.getByRole('group', { name: /^Client feedback/ }))).top).toBeLessThan(
    (await box(section(page, 'Subjective'))).bottom,
  );
  expect((await box(checklist)).top).toBeGreaterThan((await box(section(page, 'Plan'))).bottom);

  // Each item and its four answers on one line; the arrow keys move along the answers.
  const item = 'I listened actively and reflected back accurately';
  const answers = page.getByRole('radiogroup', { name: item });
  const row = page.getByRole('listitem').filter({ has: answers });
  expect((await box(answers)).bottom).toBeLessThan(
    (await box(row.getByText(item, { exact: true }))).bottom + 24,
  );
  await answers.getByRole('radio', { name: 'Observed', exact: true }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(answers.getByRole('radio', { name: 'Partly' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(answers.getByRole('radio', { name: 'Partly' })).toBeChecked();
  await choice(page, 'The client shared openly, including something difficult', 'Observed').click();

  // The score, with what it means; each group folds to how much of it is answered.
  await expect(page.getByRole('button', { name: /^Relationship checklist/ })).toContainText(
    '2 of 24 answered · score 75%',
  );
  await expect(checklist).toContainText('Score 75%. Observed counts in full, partly as half');
  const trust = checklist.getByRole('button', { name: /^Trust and rapport/i });
  await expect(trust).toHaveText(/2 of 3$/);
  await trust.click();
  await expect(answers).toHaveCount(0);
  await trust.click();
  await expect(answers.getByRole('radio', { name: 'Partly' })).toBeChecked();
});

test('checklist groups in Settings: add one of your own, give it an item, rename and retire it', async ({
  openApp,
}) => {
  const app = await openApp();
  const { page } = app;
  const clientId = await vaultWithClient(app);
  await goTo(page, 'Settings');
  const panel = page.getByRole('region', { name: 'Relationship checklist' });
  const groups = panel.getByRole('region', { name: 'Groups' });
  await expect(groups).toContainText('Working alliance: goals, tasks and bond');

  await groups.getByRole('button', { name: 'Add a group of your own' }).click();
  await groups.getByLabel('Name of your group 9').fill('Family in the room');
  await panel.getByRole('button', { name: 'Save groups' }).click();
  await expect(panel.getByText('Groups saved.')).toBeVisible();

  const own = panel.getByRole('region', { name: 'Family in the room' });
  await own.getByRole('button', { name: 'Add an item to Family in the room' }).click();
  await own.getByLabel('Family in the room, item 1').fill('Each person present had a voice');
  await panel.getByRole('button', { name: 'Save checklist' }).click();
  await expect(panel.getByText('Saved. Notes you start from now on use this list.')).toBeVisible();
  const before = await callOk(app, 'notes:create', { clientId, sessionDate: '2026-03-02', format: 'SOAP' });
  expect(before.checklist.map((c) => c.text)).toContain('Each person present had a voice');

  await groups.getByLabel('Name of your group 9').fill('Family sessions');
  await groups.getByRole('button', { name: 'Retire group: Family sessions' }).click();
  await panel.getByRole('button', { name: 'Save groups' }).click();
  await expect(panel.getByText('Groups saved.')).toBeVisible();
  await expect(panel.getByRole('region', { name: 'Family sessions' })).toHaveCount(0);
  expect(await seriousViolations(page), 'checklist groups').toEqual([]);

  const after = await callOk(app, 'notes:create', { clientId, sessionDate: '2026-03-09', format: 'SOAP' });
  expect(after.checklist.map((c) => c.text)).not.toContain('Each person present had a voice');
  // The older note keeps the item, under the group's current name.
  const kept = await callOk(app, 'notes:get', { id: before.id });
  const entry = kept.checklist.find((c) => c.text === 'Each person present had a voice')!;
  const stored = await callOk(app, 'checklist:groups', {});
  expect(stored.find((g) => g.key === entry.group)).toMatchObject({
    title: 'Family sessions',
    active: false,
  });
});
