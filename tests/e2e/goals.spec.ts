import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createAndOpenVault } from './flows';
import {
  callOk,
  choose,
  drawSignature,
  openClientTab,
  seededGoal,
  SLEEP_LEVELS,
  WEDDING_LEVELS,
} from './goals-support';
import { dayField, fillDay } from './day-fields';

interface GoalTyped {
  words: string;
  why: string;
  step: string;
  stepWho: string;
  target: string;
  weight: '1' | '2' | '3';
  levels: readonly string[];
  baseline: '−2' | '−1';
}

/** Writes one goal into the editor the way a clinician would, field by field. */
async function writeGoal(goal: Locator, typed: GoalTyped, number: number): Promise<void> {
  await goal.getByLabel('The goal, in the client’s words').fill(typed.words);
  await goal.getByLabel('Why it matters to them').fill(typed.why);
  await goal.getByRole('button', { name: `Add a step to goal ${number}` }).click();
  await goal.getByLabel(`Goal ${number}, step 1`, { exact: true }).fill(typed.step);
  await goal.getByLabel(`Goal ${number}, who takes step 1`).selectOption(typed.stepWho);
  await fillDay(dayField(goal, 'Target date'), typed.target);
  await choose(
    goal
      .getByRole('radiogroup', { name: 'Weight' })
      .getByRole('radio', { name: new RegExp(`^${typed.weight}`) }),
  );
  const rungs = ['+2', '+1', '0', '−1', '−2'];
  for (const [i, rung] of rungs.entries()) {
    await goal.getByLabel(new RegExp(`level ${rung.replace('+', '\\+')}:`)).fill(typed.levels[4 - i]!);
  }
  await choose(
    goal
      .getByRole('radiogroup', { name: 'Where things are today (the baseline)' })
      .getByRole('radio', { name: typed.baseline, exact: true }),
  );
}

async function rate(page: Page, goalNumber: number, date: string, client: string, clinician: string) {
  const card = page.getByRole('article', { name: `Goal ${goalNumber}`, exact: true });
  await card.getByRole('button', { name: 'Rate progress' }).click();
  const dialog = page.getByRole('dialog', { name: `Rate progress on goal ${goalNumber}` });
  await fillDay(dayField(dialog, 'Date of the rating'), date);
  const level = (l: string) => new RegExp(`^${l.replace('+', '\\+')} `);
  await choose(
    dialog
      .getByRole('radiogroup', { name: 'The client’s rating' })
      .getByRole('radio', { name: level(client) }),
  );
  await choose(
    dialog
      .getByRole('radiogroup', { name: 'Your rating (clinician)' })
      .getByRole('radio', { name: level(clinician) }),
  );
  await dialog.getByRole('button', { name: 'Save ratings' }).click();
  await expect(dialog).toBeHidden();
}

function trendChart(page: Page): Locator {
  return page.getByRole('figure', { name: 'The plan’s GAS T-score over time' });
}

test('write two goals with a client, agree by drawn signature, rate three sessions, revise one, read the history', async ({
  openApp,
}) => {
  const app = await openApp();
  const { page } = app;
  await createAndOpenVault(page);
  const { id: clientId } = await callOk(app, 'clients:createEnquiry', { chosenName: 'Mariam Haddad' });
  await openClientTab(page, 'Mariam Haddad', 'Goals');

  // Writing the goals together.
  await page.getByRole('button', { name: 'Write goals together' }).click();
  await writeGoal(
    page.getByRole('group', { name: 'Goal 1', exact: true }),
    {
      words: 'Go to my sister’s wedding without a panic attack',
      why: 'I missed her engagement party and I do not want to miss this.',
      step: 'Practise slow breathing every morning',
      stepWho: 'client',
      target: '2026-06-20',
      weight: '2',
      levels: WEDDING_LEVELS,
      baseline: '−2',
    },
    1,
  );
  // Another tab in between loses nothing that was written.
  await page.getByRole('tab', { name: 'Overview', exact: true }).click();
  await page.getByRole('tab', { name: 'Goals', exact: true }).click();
  await expect(page.getByText('Your unsaved changes are back as you left them.')).toBeVisible();
  await expect(
    page.getByRole('group', { name: 'Goal 1', exact: true }).getByLabel('The goal, in the client’s words'),
  ).toHaveValue('Go to my sister’s wedding without a panic attack');
  await page.getByRole('button', { name: 'Add another goal' }).click();
  await expect(
    page.getByRole('group', { name: 'Goal 2', exact: true }).getByLabel('The goal, in the client’s words'),
  ).toBeFocused();
  await writeGoal(
    page.getByRole('group', { name: 'Goal 2', exact: true }),
    {
      words: 'أريد أن أنام طوال الليل',
      why: 'So I can think clearly at work.',
      step: 'Keep a sleep diary',
      stepWho: 'together',
      target: '2026-05-01',
      weight: '1',
      levels: SLEEP_LEVELS,
      baseline: '−1',
    },
    2,
  );
  await fillDay(dayField(page, 'Review the plan by'), '2026-04-01');
  await page.getByRole('button', { name: 'Save plan' }).click();

  const summary = page.getByRole('region', { name: 'Goal plan' });
  await expect(summary).toContainText('Version 1');
  await expect(summary).toContainText('Not yet agreed');
  await expect(page.getByRole('article', { name: 'Goal 2', exact: true }).locator('blockquote')).toHaveText(
    'أريد أن أنام طوال الليل',
  );

  // Agreement with a drawn signature: refused until something is drawn.
  await summary.getByRole('button', { name: 'Record agreement' }).click();
  const agreement = page.getByRole('dialog', { name: 'Record the client’s agreement' });
  await fillDay(dayField(agreement, 'Date agreed'), '2026-01-12');
  await choose(agreement.getByRole('radio', { name: /Drew a signature/ }));
  await agreement.getByRole('button', { name: 'Record agreement' }).click();
  await expect(agreement).toContainText('Draw the signature first.');
  await drawSignature(page);
  await expect(agreement).toContainText('Signature drawn.');
  await agreement.getByRole('button', { name: 'Record agreement' }).click();
  await expect(agreement).toBeHidden();
  await expect(summary).toContainText('Agreed');
  await expect(summary).toContainText('Agreed on 12 January 2026: the client signed on screen.');
  await expect(
    summary.getByRole('img', { name: 'The client’s signature agreeing to version 1' }),
  ).toBeVisible();
  await expect(summary.getByRole('button', { name: 'Revise plan' })).toBeVisible();
  await expect(summary.getByRole('button', { name: 'Edit goals' })).toHaveCount(0);

  let plan = await callOk(app, 'goals:get', { clientId });
  const signature = plan.versions[0]!.agreement!;
  expect(signature.method).toBe('drawn');
  expect(signature.signaturePath).toMatch(/^M [\d.]+ [\d.]+( [ML] [\d.]+ [\d.]+)+$/);
  expect(signature.signaturePath.match(/M/g)).toHaveLength(2);

  // Three sessions of ratings; the chart gains a point each time and says so.
  const sessions = [
    { date: '2026-01-19', goal1: ['−2', '−1'], goal2: ['−1', '−1'] },
    { date: '2026-02-02', goal1: ['−1', '−1'], goal2: ['0', '−1'] },
    { date: '2026-02-16', goal1: ['+1', '0'], goal2: ['0', '+1'] },
  ] as const;
  for (const [i, session] of sessions.entries()) {
    await rate(page, 1, session.date, session.goal1[0], session.goal1[1]);
    await rate(page, 2, session.date, session.goal2[0], session.goal2[1]);
    plan = await callOk(app, 'goals:get', { clientId });
    const latest = plan.tScores.client.at(-1)!;
    await expect(trendChart(page).locator('tbody tr')).toHaveCount(i + 1);
    await expect(trendChart(page).locator('figcaption')).toContainText(`Client ratings: ${i + 1}`);
    await expect(trendChart(page).locator('figcaption')).toContainText(`latest ${latest.t.toFixed(1)}`);
  }
  expect(plan.tScores.client.map((p) => p.date)).toEqual(sessions.map((s) => s.date));
  expect(plan.tScores.clinician).toHaveLength(3);
  const goal1 = page.getByRole('article', { name: 'Goal 1', exact: true });
  await expect(
    goal1.getByRole('figure', { name: 'Goal 1: ratings over time' }).locator('figcaption'),
  ).toContainText('Client rated 3 times, latest +1 (more than expected) on 16 Feb 2026.');
  const ladder = goal1.getByRole('list', { name: 'Goal Attainment Scaling levels, best first' });
  await expect(ladder.getByRole('listitem').filter({ hasText: 'Client, 16 Feb 2026' })).toContainText(
    'I stay for the ceremony and the meal',
  );
  await expect(summary).toContainText(plan.tScores.client.at(-1)!.t.toFixed(1));

  // Revising one goal starts version 2; version 1 stays as it was agreed.
  await summary.getByRole('button', { name: 'Revise plan' }).click();
  await expect(page.getByRole('heading', { name: 'Revising the plan: version 2' })).toBeVisible();
  const revised = page.getByRole('group', { name: 'Goal 2', exact: true });
  await expect(revised.getByLabel('The goal, in the client’s words')).toHaveValue('أريد أن أنام طوال الليل');
  await revised.getByLabel(/level 0:/).fill('Sleep through four nights a week');
  await page.getByRole('button', { name: 'Save plan' }).click();
  await expect(summary).toContainText('Version 2');
  await expect(summary).toContainText('Not yet agreed');
  await expect(summary).toContainText('Version 1 was agreed on 12 January 2026');
  await expect(page.getByRole('article', { name: 'Goal 2', exact: true })).toContainText(
    'Revised in version 2',
  );
  await expect(page.getByRole('article', { name: 'Goal 1', exact: true })).not.toContainText('Revised');

  await summary.getByRole('button', { name: 'Record agreement' }).click();
  await fillDay(dayField(agreement, 'Date agreed'), '2026-02-16');
  await agreement.getByRole('button', { name: 'Record agreement' }).click();
  await expect(agreement).toBeHidden();
  await expect(summary).toContainText('Agreed on 16 February 2026: the client said yes aloud.');

  // The version history: both versions side by side, each with its own agreement.
  const history = page.getByRole('region', { name: 'Version history' });
  const v2 = history.getByRole('article', { name: 'Version 2' });
  const v1 = history.getByRole('article', { name: 'Version 1' });
  await expect(v2).toContainText('Current');
  await expect(v2).toContainText('the client said yes aloud');
  await expect(v2).toContainText('Expected: Sleep through four nights a week');
  await expect(v2.getByRole('listitem').filter({ hasText: 'أريد' })).toContainText('Revised');
  await expect(v1).toContainText('the client signed on screen');
  await expect(v1.getByRole('img', { name: 'The client’s signature agreeing to version 1' })).toBeVisible();
  await expect(v1).toContainText('Expected: Sleep through three nights a week');
  plan = await callOk(app, 'goals:get', { clientId });
  expect(plan.versions.map((v) => v.number)).toEqual([2, 1]);
  expect(plan.versions[1]!.goals[1]!.levels['0']).toBe('Sleep through three nights a week');

  // A rating after the revision counts under version 2, and the chart moves on.
  await rate(page, 2, '2026-03-02', '+1', '+1');
  await expect(trendChart(page).locator('tbody tr')).toHaveCount(4);
  await expect(trendChart(page).locator('figcaption')).toContainText('Client ratings: 4');

  // The overview shows the goals with their latest levels and the T-score.
  await page.getByRole('tab', { name: 'Overview', exact: true }).click();
  const card = page.getByRole('region', { name: 'Goals' });
  plan = await callOk(app, 'goals:get', { clientId });
  await expect(card).toContainText('Go to my sister’s wedding without a panic attack');
  await expect(card).toContainText(`client ${plan.tScores.client.at(-1)!.t.toFixed(1)}`);
  await expect(card).toContainText(`clinician ${plan.tScores.clinician.at(-1)!.t.toFixed(1)}`);
});

test('a goal is discontinued only with a reason, can be marked achieved, and leaves the T-score', async ({
  openApp,
}) => {
  const app = await openApp();
  const { page } = app;
  await createAndOpenVault(page);
  const { id: clientId } = await callOk(app, 'clients:createEnquiry', { chosenName: 'Tomás Ruiz' });
  const saved = await callOk(app, 'goals:saveVersion', {
    clientId,
    goals: [
      seededGoal('Go back to the climbing club', WEDDING_LEVELS),
      seededGoal('Call my brother', SLEEP_LEVELS),
    ],
  });
  await callOk(app, 'goals:agree', {
    versionId: saved.versions[0]!.id,
    agreedOn: '2026-01-05',
    method: 'verbal',
  });
  await openClientTab(page, 'Tomás Ruiz', 'Goals');

  const goal2 = page.getByRole('article', { name: 'Goal 2', exact: true });
  await goal2.getByRole('button', { name: 'Discontinue…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Discontinue goal 2' });
  await dialog.getByRole('button', { name: 'Discontinue goal' }).click();
  await expect(dialog).toContainText('Say why the goal was discontinued.');
  await expect(dialog.getByLabel('Why it is being discontinued')).toBeFocused();
  await dialog
    .getByLabel('Why it is being discontinued')
    .fill('His brother moved abroad; we agreed to let it rest.');
  await dialog.getByRole('button', { name: 'Discontinue goal' }).click();
  await expect(dialog).toBeHidden();
  await expect(goal2).toContainText('Discontinued');
  await expect(goal2).toContainText('Why it was discontinued: His brother moved abroad');
  await expect(goal2.getByRole('button', { name: 'Rate progress' })).toHaveCount(0);

  const goal1 = page.getByRole('article', { name: 'Goal 1', exact: true });
  await goal1.getByRole('button', { name: 'Mark achieved' }).click();
  await page
    .getByRole('dialog', { name: 'Mark goal 1 achieved' })
    .getByRole('button', { name: 'Mark achieved' })
    .click();
  await expect(goal1).toContainText('Achieved');
  await expect(goal1.getByRole('button', { name: 'Make active again' })).toBeVisible();

  const plan = await callOk(app, 'goals:get', { clientId });
  expect(plan.statuses.map((s) => s.status)).toEqual(['discontinued', 'achieved']);
});
