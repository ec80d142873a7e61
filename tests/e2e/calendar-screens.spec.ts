import { checkScreen as check } from './calendar-screen-check';
import { openPractice, seedBusyWeek } from './calendar-seed';
import { expect, test } from './fixtures';

test('calendar screens and dialogs: axe clean in light and dark, screenshots at two sizes', async ({
  openApp,
}) => {
  const { app, page, practice } = await openPractice(openApp);
  await seedBusyWeek(app, practice);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Calendar' }).click();
  await expect(page.getByRole('heading', { name: 'Calendar', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: /Ada Lindqvist/ }).first()).toBeVisible();
  await check(page, 'calendar-week');

  await page
    .getByRole('button', { name: /Chiara Moretti/ })
    .first()
    .click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await check(page, 'calendar-details');
  await page.keyboard.press('Escape');

  await page
    .getByRole('button', { name: /Ada Lindqvist/ })
    .first()
    .click();
  await page.getByRole('button', { name: 'Cancelled…' }).click();
  await expect(page.getByRole('radiogroup', { name: 'Cancellation' })).toBeVisible();
  await check(page, 'calendar-cancel');
  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('button', { name: 'Edit or move…' }).click();
  await expect(page.getByRole('dialog', { name: 'Edit appointment' })).toBeVisible();
  await check(page, 'calendar-edit');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'New appointment' }).click();
  await expect(page.getByRole('dialog', { name: 'New appointment' })).toBeVisible();
  await page.getByRole('button', { name: /Repeat$/ }).click();
  await page.getByRole('option', { name: 'Every week' }).click();
  await check(page, 'calendar-new');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Export .ics' }).click();
  await expect(page.getByRole('dialog', { name: 'Export to a calendar file' })).toBeVisible();
  await check(page, 'calendar-export');
  await page.keyboard.press('Escape');

  await page.getByRole('radio', { name: 'Day' }).click();
  await check(page, 'calendar-day');
  await page.getByRole('radio', { name: 'Agenda' }).click();
  await expect(page.getByText('Ada Lindqvist').first()).toBeVisible();
  await check(page, 'calendar-agenda');
});
