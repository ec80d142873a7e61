import type { Page } from '@playwright/test';
import type { LaunchedApp } from './harness';
import { expect, test } from './fixtures';
import { createAndOpenVault } from './flows';
import {
  callOk,
  choose,
  drawSignature,
  expectNoSeriousViolations,
  openClientTab,
  screenshots,
  seededGoal,
  SLEEP_LEVELS,
  WEDDING_LEVELS,
} from './goals-support';

/** A plan a few months in: version 1 signed on screen, rated over four sessions, version 2 typed. */
async function seedPlanInProgress(app: LaunchedApp): Promise<string> {
  const { id: clientId } = await callOk(app, 'clients:createEnquiry', { chosenName: 'Mariam Haddad' });
  const first = await callOk(app, 'goals:saveVersion', {
    clientId,
    reviewDate: '2026-04-01',
    goals: [
      seededGoal('Go to my sister’s wedding without a panic attack', WEDDING_LEVELS),
      seededGoal('أريد أن أنام طوال الليل دون أن أستيقظ خائفة', SLEEP_LEVELS, {
        weight: 1,
        steps: [],
        linkedConcern: '',
        strengths: '',
        clinicianFraming: '',
      }),
    ],
  });
  const v1 = first.versions[0]!;
  await callOk(app, 'goals:agree', {
    versionId: v1.id,
    agreedOn: '2026-01-05',
    method: 'drawn',
    signaturePath:
      'M 40 120 L 60 80 L 80 130 L 100 70 L 130 125 L 160 90 L 200 110 M 220 100 L 260 100 L 300 80',
  });
  const [wedding, sleep] = v1.goals.map((g) => g.goalKey) as [string, string];
  const sessions = [
    ['2026-01-12', -2, -1, -1, -1],
    ['2026-01-26', -1, -1, 0, -1],
    ['2026-02-09', 0, 0, 0, 1],
    ['2026-02-23', 1, 0, 1, 1],
  ] as const;
  for (const [ratedOn, c1, k1, c2, k2] of sessions) {
    const rate = (goalKey: string, rater: 'client' | 'clinician', level: -2 | -1 | 0 | 1 | 2, comment = '') =>
      callOk(app, 'goals:rate', { clientId, goalKey, rater, level, ratedOn, comment });
    await rate(wedding, 'client', c1);
    await rate(
      wedding,
      'clinician',
      k1,
      ratedOn === '2026-02-09' ? 'Went to a cousin’s birthday and stayed two hours.' : '',
    );
    await rate(sleep, 'client', c2);
    await rate(sleep, 'clinician', k2);
  }
  const goals = v1.goals.map(({ id: _id, position: _position, ...goal }) => goal);
  goals[1] = { ...goals[1]!, levels: { ...goals[1]!.levels, '0': 'Sleep through four nights a week' } };
  const second = await callOk(app, 'goals:saveVersion', { clientId, reviewDate: '2026-06-01', goals });
  await callOk(app, 'goals:agree', {
    versionId: second.versions[0]!.id,
    agreedOn: '2026-02-23',
    method: 'typed',
    typedName: 'Mariam Haddad',
  });
  return clientId;
}

async function check(page: Page, screen: string, scrollTo?: Parameters<typeof screenshots>[2]) {
  await expectNoSeriousViolations(page, screen);
  await screenshots(page, screen, scrollTo);
}

test('goals screens and dialogs: axe clean in light and dark, screenshots at two sizes', async ({
  openApp,
}) => {
  const app = await openApp();
  const { page } = app;
  await createAndOpenVault(page);
  await callOk(app, 'clients:createEnquiry', { chosenName: 'Noor Aziz' });
  await seedPlanInProgress(app);

  await openClientTab(page, 'Noor Aziz', 'Goals');
  await expect(page.getByRole('heading', { name: 'No goals yet' })).toBeVisible();
  await check(page, 'goals-empty');

  await page.getByRole('button', { name: 'Write goals together' }).click();
  const goal = page.getByRole('group', { name: 'Goal 1', exact: true });
  await goal.getByLabel('The goal, in the client’s words').fill('Feel at home in the new flat');
  await goal.getByLabel('Why it matters to them').fill('I want my children to visit.');
  await goal.getByRole('button', { name: 'Add a step to goal 1' }).click();
  await goal.getByLabel('Goal 1, step 1', { exact: true }).fill('Unpack one box each weekend');
  await goal.getByLabel(/level 0:/).fill('The living room is done and I have had one visit');
  await check(page, 'goals-editor');
  await page.getByRole('button', { name: 'Save plan' }).click();
  await expect(
    page.getByRole('group', { name: 'Goal 1', exact: true }).getByRole('textbox', { name: /level \+2:/ }),
  ).toHaveAttribute('aria-invalid', 'true');
  await check(
    page,
    'goals-editor-errors',
    page.getByRole('group', { name: 'Goal 1', exact: true }).getByText('What each level would look like'),
  );

  await openClientTab(page, 'Mariam Haddad', 'Goals');
  await expect(page.getByRole('region', { name: 'Goal plan' })).toContainText('Version 2');
  await check(page, 'goals-plan');
  await check(page, 'goals-goal', page.getByRole('article', { name: 'Goal 1', exact: true }));
  await check(page, 'goals-history', page.getByRole('heading', { name: 'Version history' }));

  await page
    .getByRole('article', { name: 'Goal 1', exact: true })
    .getByRole('button', { name: 'Rate progress' })
    .click();
  const rating = page.getByRole('dialog', { name: 'Rate progress on goal 1' });
  await choose(
    rating.getByRole('radiogroup', { name: 'The client’s rating' }).getByRole('radio', { name: /^\+1 / }),
  );
  await check(page, 'goals-rating');
  await rating.getByRole('button', { name: 'Cancel' }).click();

  await page
    .getByRole('article', { name: 'Goal 2', exact: true })
    .getByRole('button', { name: 'Discontinue…' })
    .click();
  const discontinue = page.getByRole('dialog', { name: 'Discontinue goal 2' });
  await discontinue.getByRole('button', { name: 'Discontinue goal' }).click();
  await expect(discontinue).toContainText('Say why the goal was discontinued.');
  await check(page, 'goals-discontinue');
  await discontinue.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('region', { name: 'Goal plan' }).getByRole('button', { name: 'Revise plan' }).click();
  await expect(page.getByRole('heading', { name: 'Revising the plan: version 3' })).toBeVisible();
  await check(page, 'goals-revise');
  await page.getByRole('button', { name: 'Save plan' }).click();
  await page
    .getByRole('region', { name: 'Goal plan' })
    .getByRole('button', { name: 'Record agreement' })
    .click();
  const agreement = page.getByRole('dialog', { name: 'Record the client’s agreement' });
  await choose(agreement.getByRole('radio', { name: /Drew a signature/ }));
  await drawSignature(page);
  await check(page, 'goals-agreement');
  await agreement.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('tab', { name: 'Overview', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Goals' })).toContainText('GAS T-score');
  await check(page, 'goals-overview', page.getByRole('region', { name: 'Goals' }));
});
