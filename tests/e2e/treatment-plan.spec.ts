import { localDay } from '../../shared/dates/format-date';
import { expect, test } from './fixtures';
import { createAndOpenVault } from './flows';
import { callOk, expectFocusRing, openClientTab, seededGoal, tabTo, WEDDING_LEVELS } from './goals-support';

test('write an objective tied to a ladder level, an intervention and sessions, agree the plan and review the objective, keyboard only', async ({
  openApp,
}) => {
  const app = await openApp();
  const { page } = app;
  await createAndOpenVault(page);
  const { id: clientId } = await callOk(app, 'clients:createEnquiry', { chosenName: 'Ilse Brandt' });
  await callOk(app, 'goals:saveVersion', {
    clientId,
    goals: [seededGoal('Go to my sister’s wedding without a panic attack', WEDDING_LEVELS)],
  });
  await openClientTab(page, 'Ilse Brandt', 'Goals');
  const summary = page.getByRole('region', { name: 'Goal plan' });
  await tabTo(page, summary.getByRole('button', { name: 'Edit goals' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Editing version 1' })).toBeVisible();

  // An objective: Enter on "Add" puts the keyboard in its text; the ladder level is a native select.
  const addObjective = page.getByRole('button', { name: 'Add an objective to goal 1' });
  await tabTo(page, addObjective, 120);
  await expectFocusRing(addObjective);
  await page.keyboard.press('Enter');
  const objectiveText = page.getByLabel('Goal 1, objective 1', { exact: true });
  await expect(objectiveText).toBeFocused();
  await page.keyboard.type(
    'Stays through a 2-hour family gathering with panic rated 4/10 or less, on 2 occasions',
  );
  await page.keyboard.press('Tab');
  const level = page.getByLabel('Stands for the ladder level');
  await expect(level).toBeFocused();
  // From "No particular level", down past +2 and +1 to the expected level.
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowDown');
  await expect(level).toHaveValue('0');

  // An intervention: a common approach ticked with Space, and what will be done.
  const cbt = page.getByRole('checkbox', { name: 'CBT', exact: true });
  await tabTo(page, cbt);
  await page.keyboard.press('Space');
  await expect(cbt).toBeChecked();
  await tabTo(page, page.getByLabel('Goal 1: what will be done'));
  await page.keyboard.type('Graded exposure to family gatherings; paced breathing');

  // Sessions and who is involved.
  const frequency = page.getByLabel('How often');
  await tabTo(page, frequency);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(frequency).toHaveValue('weekly');
  await tabTo(page, page.getByLabel('Minutes per session'));
  await page.keyboard.press('Control+A');
  await page.keyboard.type('50');
  await tabTo(page, page.getByLabel('For how many weeks'));
  await page.keyboard.press('Control+A');
  await page.keyboard.type('12');
  await tabTo(page, page.getByRole('button', { name: 'Add someone involved' }));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Person 1: name')).toBeFocused();
  await page.keyboard.type('Leni Brandt');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Sister, joins one session before the wedding');

  await tabTo(page, page.getByRole('button', { name: 'Save plan' }));
  await page.keyboard.press('Enter');
  await expect(summary).toContainText('Weekly, 50 minutes, for 12 weeks');
  await expect(summary).toContainText('Leni Brandt');

  // Agreeing freezes all of it with the version.
  await tabTo(page, summary.getByRole('button', { name: 'Record agreement' }));
  await page.keyboard.press('Enter');
  const agreement = page.getByRole('dialog', { name: 'Record the client’s agreement' });
  await tabTo(page, agreement.getByRole('button', { name: 'Record agreement' }));
  await page.keyboard.press('Enter');
  await expect(agreement).toBeHidden();
  await expect(summary.getByRole('button', { name: 'Revise plan' })).toBeVisible();

  const agreed = (await callOk(app, 'goals:get', { clientId })).versions[0]!;
  expect(agreed.agreement).toMatchObject({ method: 'verbal' });
  expect(agreed.sessions).toEqual({ frequency: 'weekly', minutes: 50, weeks: 12 });
  expect(agreed.involved).toEqual([
    { name: 'Leni Brandt', role: 'Sister, joins one session before the wedding' },
  ]);
  const goal = agreed.goals[0]!;
  expect(goal.objectives.map((o) => [o.text, o.gasLevel])).toEqual([
    ['Stays through a 2-hour family gathering with panic rated 4/10 or less, on 2 occasions', 0],
  ]);
  expect(goal.interventions).toEqual({
    modalities: ['CBT'],
    detail: 'Graded exposure to family gatherings; paced breathing',
  });

  // A review records where the objective stands, beside the ratings.
  const card = page.getByRole('article', { name: 'Goal 1', exact: true });
  await expect(card).toContainText('Level 0');
  const review = card.getByRole('button', { name: 'Review objectives' });
  await tabTo(page, review);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Review the objectives of goal 1' });
  await tabTo(page, dialog.getByRole('radio', { name: 'Not started' }));
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await expect(dialog.getByRole('radio', { name: 'Progressing' })).toBeChecked();
  await tabTo(page, dialog.getByLabel('Objective 1: note'));
  await page.keyboard.type('Stayed an hour at a cousin’s birthday');
  await tabTo(page, dialog.getByRole('button', { name: 'Record progress' }));
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(review).toBeFocused();
  await expect(card).toContainText('Progressing');
  const reviewed = await callOk(app, 'goals:get', { clientId });
  expect(reviewed.objectiveReviews.map((r) => [r.objectiveKey, r.progress, r.note, r.reviewedOn])).toEqual([
    [
      goal.objectives[0]!.objectiveKey,
      'progressing',
      'Stayed an hour at a cousin’s birthday',
      localDay(new Date()),
    ],
  ]);
});
