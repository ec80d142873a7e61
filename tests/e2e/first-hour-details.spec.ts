import { expect, test } from './fixtures';
import { confirmRecoveryKeySaved, createVault, goTo } from './flows';
import { callOk, openClientTab, seededGoal, WEDDING_LEVELS } from './goals-support';

interface LineRange {
  selectNodeContents(node: object): void;
  getClientRects(): Iterable<{ top: number }>;
}

/** The small stumbles a new clinician met in the first hour (issue 16, item 8), each checked where it was. */
test('the first hour’s details: named recovery key, a backup button, one-row tabs, aligned answers', async ({
  openApp,
}) => {
  const app = await openApp();
  const { page } = app;
  await createVault(page);
  // A screen reader says what the fourteen groups of letters are before reading them out.
  await expect(
    page.getByRole('group', { name: 'Recovery key, 14 groups of four letters and digits' }),
  ).toBeVisible();
  await confirmRecoveryKeySaved(page);

  // Home: a card with nothing in it says so once; "Back up soon" comes with the button that does it.
  const reviews = page.getByRole('region', { name: 'Goal reviews due' });
  await expect(reviews).toContainText('No goal reviews due this week.');
  await expect(reviews.getByText(/this week/)).toHaveCount(1);
  const backup = page.getByRole('region', { name: 'Backup' });
  await expect(backup).toContainText('Back up soon');
  await backup.getByRole('button', { name: 'Back up now' }).click();
  await expect(backup).toContainText('Last good backup');
  await expect(backup.getByRole('button', { name: 'Back up now' })).toHaveCount(0);

  const { id } = await callOk(app, 'clients:createEnquiry', { chosenName: 'Mariam Haddad' });
  await callOk(app, 'goals:saveVersion', {
    clientId: id,
    goals: [seededGoal('Go to my sister’s wedding', WEDDING_LEVELS)],
  });

  // The client list's headers each fit on one line.
  await goTo(page, 'Clients');
  for (const header of ['Last session', 'Next session']) {
    const lines = await page.getByRole('columnheader', { name: header }).evaluate((cell: object) => {
      const doc = (globalThis as unknown as { document: { createRange(): LineRange } }).document;
      const range = doc.createRange();
      range.selectNodeContents(cell);
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
    });
    expect(lines, `${header} on one line`).toBe(1);
  }

  // At 1280×800 the ten tabs sit on one row.
  await openClientTab(page, 'Mariam Haddad', 'Overview');
  const tops = await page
    .getByRole('tablist', { name: 'Parts of the record' })
    .getByRole('tab')
    .evaluateAll((tabs: { getBoundingClientRect(): { top: number } }[]) =>
      tabs.map((tab) => tab.getBoundingClientRect().top),
    );
  expect(tops).toHaveLength(10);
  expect(new Set(tops).size, 'the tabs are on one row').toBe(1);

  // Each risk answer sits on the line of its question, even where the question wraps.
  const risk = page.getByRole('region', { name: 'Risk and safety' });
  for (const question of ['Suicidal thoughts', 'Thoughts of harming others']) {
    const row = risk.getByRole('listitem').filter({ hasText: question });
    const [asked, answer] = await row
      .locator('span')
      .evaluateAll((spans: { getBoundingClientRect(): { top: number } }[]) =>
        spans.slice(0, 2).map((span) => span.getBoundingClientRect().top),
      );
    expect(Math.abs(asked! - answer!), `${question}: answer beside the question`).toBeLessThan(4);
  }

  // A plan of one goal has nothing to move it past.
  await openClientTab(page, 'Mariam Haddad', 'Goals');
  await page.getByRole('button', { name: 'Edit goals' }).click();
  await expect(page.getByRole('button', { name: 'Remove goal 1' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Move goal 1/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Add another goal' }).click();
  await expect(page.getByRole('button', { name: 'Move goal 1 down' })).toBeVisible();
});
