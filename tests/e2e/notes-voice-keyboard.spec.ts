import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  choice,
  expectFocusRing,
  expectSaved,
  onlyNote,
  openNotes,
  tabTo,
  vaultWithClient,
} from './notes-support';

/** Tabs into a row of answers, arrows along to the wanted one and chooses it with Space. */
async function answer(
  page: Page,
  scope: Page | Locator,
  group: string,
  first: string,
  option: string,
  steps: number,
) {
  await tabTo(page, choice(scope, group, first));
  for (let i = 0; i < steps; i += 1) await page.keyboard.press('ArrowRight');
  const chosen = choice(scope, group, option);
  await expect(chosen).toBeFocused();
  await expectFocusRing(chosen);
  await page.keyboard.press('Space');
  await expect(chosen).toHaveAttribute('aria-checked', 'true');
}

async function tick(page: Page, scope: Locator, label: string) {
  const box = scope.getByRole('checkbox', { name: label });
  await tabTo(page, box);
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();
}

test('the client’s feedback and two ruptures, recorded with the keyboard alone', async ({ openApp }) => {
  const app = await openApp();
  const { page } = app;
  const clientId = await vaultWithClient(app);
  await openNotes(page);
  await page.keyboard.press('Control+n');
  await expect(page.getByRole('heading', { name: /^Session on/, level: 2 })).toBeVisible();

  // Feedback: a sentence and five worded answers, and the client's own message.
  await answer(page, page, 'I felt listened to and understood.', 'Not true at all', 'Mostly true', 3);
  await answer(
    page,
    page,
    'My background, beliefs and way of life were respected.',
    'Not true at all',
    'Completely true',
    4,
  );
  const message = page.getByLabel('Anything you want me to know?');
  await tabTo(page, message);
  await page.keyboard.type('Could we start later next week?');

  // Two ruptures, each with its markers, the repair tried and how it ended.
  const panel = page.getByRole('button', { name: /^Rupture and repair/ });
  await tabTo(page, panel);
  await page.keyboard.press('Enter');
  const record = page.getByRole('button', { name: 'Record a rupture' });
  await tabTo(page, record);
  await page.keyboard.press('Enter');
  const first = page.locator('.rupture-event').nth(0);
  await tick(page, first, 'Short, minimal answers');
  await tick(page, first, 'Talked about the strain together');
  await answer(page, first, 'Rupture 1: outcome', 'Resolved', 'Resolved', 0);

  await tabTo(page, page.getByRole('button', { name: 'Record another rupture' }));
  await page.keyboard.press('Enter');
  const second = page.locator('.rupture-event').nth(1);
  await answer(page, second, 'Rupture 2: kind', 'Withdrawal', 'Confrontation', 1);
  await tick(page, second, 'Complains about progress');
  await tick(page, second, 'Changed what we were doing or aiming for');
  await answer(page, second, 'Rupture 2: outcome', 'Resolved', 'Partly resolved', 1);

  await page.keyboard.press('Control+s');
  await expectSaved(page);
  const stored = await onlyNote(app, clientId);
  expect(stored.feedback).toEqual({
    form: 2,
    answers: {
      understood: 4,
      mattered: null,
      suited: null,
      safe: null,
      honest: null,
      forward: null,
      respected: 5,
    },
    message: 'Could we start later next week?',
  });
  expect(stored.ruptures).toEqual([
    expect.objectContaining({
      kind: 'withdrawal',
      markers: ['minimal'],
      repairs: ['explore'],
      outcome: 'resolved',
    }),
    expect.objectContaining({
      kind: 'confrontation',
      markers: ['about-progress'],
      repairs: ['change-task'],
      outcome: 'partly',
    }),
  ]);
  await expect(panel).toContainText('2 ruptures');
});
