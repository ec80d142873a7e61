import { localDay } from '../../shared/dates/format-date';
import { expect, test } from './fixtures';
import { createAndOpenVault } from './flows';
import {
  callOk,
  expectFocusRing,
  openClientTab,
  seededGoal,
  SLEEP_LEVELS,
  tabTo,
  WEDDING_LEVELS,
} from './goals-support';

test('agree, rate, dismiss and reorder goals with the keyboard alone; the signature pad is skipped', async ({
  openApp,
}) => {
  const app = await openApp();
  const { page } = app;
  await createAndOpenVault(page);
  const { id: clientId } = await callOk(app, 'clients:createEnquiry', { chosenName: 'Ilse Brandt' });
  await callOk(app, 'goals:saveVersion', {
    clientId,
    goals: [
      seededGoal('Go to my sister’s wedding without a panic attack', WEDDING_LEVELS),
      seededGoal('Sleep through the night', SLEEP_LEVELS),
    ],
  });
  await openClientTab(page, 'Ilse Brandt', 'Goals');
  const summary = page.getByRole('region', { name: 'Goal plan' });

  // Agreement by typed name: the methods are radios the arrow keys move through.
  const recordAgreement = summary.getByRole('button', { name: 'Record agreement' });
  await tabTo(page, recordAgreement);
  await expectFocusRing(recordAgreement);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Record the client’s agreement' });
  await expect(dialog).toBeVisible();
  const verbal = dialog.getByRole('radio', { name: /Said yes aloud/ });
  await tabTo(page, verbal);
  await expectFocusRing(verbal.locator('xpath=ancestor::label[1]'));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(dialog.getByRole('radio', { name: /Drew a signature/ })).toBeChecked();
  // The pad is for pointers only and says so; Tab goes past it (Clear stays disabled until something is drawn).
  await expect(dialog.getByText('This pad cannot be used with the keyboard')).toBeVisible();
  await expect(page.getByTestId('signature-pad')).not.toHaveAttribute('tabindex');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Record agreement' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('ArrowUp');
  await expect(dialog.getByRole('radio', { name: /Typed their name/ })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: /Typed their name/ })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Client’s name, typed by the client')).toBeFocused();
  await page.keyboard.type('Ilse Brandt');
  await tabTo(page, dialog.getByRole('button', { name: 'Record agreement' }));
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(summary).toContainText('the client typed their name');
  await expect(summary.getByRole('heading', { name: 'Goal plan' })).toBeFocused();

  // Rating: both raters on the ladder, with arrow keys.
  const goal1 = page.getByRole('article', { name: 'Goal 1', exact: true });
  const rateButton = goal1.getByRole('button', { name: 'Rate progress' });
  await tabTo(page, rateButton);
  await page.keyboard.press('Enter');
  const rating = page.getByRole('dialog', { name: 'Rate progress on goal 1' });
  const clientGroup = rating.getByRole('radiogroup', { name: 'The client’s rating' });
  await tabTo(page, clientGroup.getByRole('radio', { name: /^\+2 / }));
  await expectFocusRing(
    clientGroup.getByRole('radio', { name: /^\+2 / }).locator('xpath=ancestor::label[1]'),
  );
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(clientGroup.getByRole('radio', { name: /^0 / })).toBeChecked();
  const clinicianGroup = rating.getByRole('radiogroup', { name: 'Your rating (clinician)' });
  await tabTo(page, clinicianGroup.getByRole('radio', { name: /^\+2 / }));
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowDown');
  await expect(clinicianGroup.getByRole('radio', { name: /^−1 / })).toBeChecked();
  await tabTo(page, rating.getByRole('button', { name: 'Save ratings' }));
  await page.keyboard.press('Enter');
  await expect(rating).toBeHidden();
  await expect(rateButton).toBeFocused();
  const plan = await callOk(app, 'goals:get', { clientId });
  expect(plan.ratings.map((r) => [r.rater, r.level, r.ratedOn])).toEqual([
    ['client', 0, localDay(new Date())],
    ['clinician', -1, localDay(new Date())],
  ]);

  // Escape closes a dialog and gives focus back to what opened it.
  const discontinue = goal1.getByRole('button', { name: 'Discontinue…' });
  await tabTo(page, discontinue);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Discontinue goal 1' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(discontinue).toBeFocused();

  // Reordering in the editor keeps the keyboard on the goal that moved.
  const revise = summary.getByRole('button', { name: 'Revise plan' });
  await tabTo(page, revise, 80);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Revising the plan: version 2' })).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Move goal 1 down' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Move goal 2 up' })).toBeFocused();
  await expect(
    page.getByRole('group', { name: 'Goal 2', exact: true }).getByLabel('The goal, in the client’s words'),
  ).toHaveValue('Go to my sister’s wedding without a panic attack');
});
