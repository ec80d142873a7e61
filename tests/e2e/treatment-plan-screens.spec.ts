import type { Page } from '@playwright/test';
import type { LaunchedApp } from './harness';
import { expect, test } from './fixtures';
import { createAndOpenVault, goTo } from './flows';
import {
  callOk,
  expectNoSeriousViolations,
  openClientTab,
  screenshots,
  seededGoal,
  SLEEP_LEVELS,
  WEDDING_LEVELS,
} from './goals-support';

/** A treatment plan agreed, an objective reviewed twice, then revised: version 2 waiting for agreement. */
async function seedTreatmentPlan(app: LaunchedApp): Promise<void> {
  const { id: clientId } = await callOk(app, 'clients:createEnquiry', { chosenName: 'Mariam Haddad' });
  const plan = {
    clientId,
    reviewDate: '2026-04-01',
    sessions: { frequency: 'weekly', minutes: 50, weeks: 12 } as const,
    involved: [{ name: 'Yusuf Haddad', role: 'Husband, joins the third session' }],
  };
  const wedding = seededGoal('Go to my sister’s wedding without a panic attack', WEDDING_LEVELS, {
    objectives: [
      {
        text: 'Stays through a 2-hour family gathering with panic rated 4/10 or less, on 2 occasions by March',
        gasLevel: 0,
      },
      { text: 'Practises interoceptive exposure 5 days in 7, by her own log' },
    ],
    interventions: {
      modalities: ['CBT', 'ACT'],
      detail:
        'Graded exposure ladder built together; reappraisal of bodily sensations; values work on family.',
    },
  });
  const sleep = seededGoal('أريد أن أنام طوال الليل دون أن أستيقظ خائفة', SLEEP_LEVELS, {
    weight: 1,
    objectives: [{ text: 'Sleeps through 5 nights in 7 for 3 weeks, by sleep diary', gasLevel: 1 }],
    interventions: { modalities: ['CBT'], detail: '' },
  });
  const first = await callOk(app, 'goals:saveVersion', { ...plan, goals: [wedding, sleep] });
  const v1 = first.versions[0]!;
  await callOk(app, 'goals:agree', { versionId: v1.id, agreedOn: '2026-01-05', method: 'verbal' });
  const [g1, g2] = v1.goals;
  for (const [reviewedOn, progress] of [
    ['2026-01-26', 'not started'],
    ['2026-02-23', 'progressing'],
  ] as const) {
    await callOk(app, 'goals:reviewObjectives', {
      clientId,
      reviewedOn,
      entries: [
        {
          goalKey: g1!.goalKey,
          objectiveKey: g1!.objectives[0]!.objectiveKey,
          progress,
          note: 'Stayed an hour',
        },
        { goalKey: g1!.goalKey, objectiveKey: g1!.objectives[1]!.objectiveKey, progress: 'met' },
        { goalKey: g2!.goalKey, objectiveKey: g2!.objectives[0]!.objectiveKey, progress },
      ],
    });
  }
  await callOk(app, 'goals:saveVersion', {
    ...plan,
    sessions: { frequency: 'fortnightly', minutes: 50, weeks: 0 },
    goals: [
      {
        ...wedding,
        goalKey: g1!.goalKey,
        objectives: [
          { objectiveKey: g1!.objectives[0]!.objectiveKey, text: g1!.objectives[0]!.text, gasLevel: 0 },
        ],
      },
      { ...sleep, goalKey: g2!.goalKey, objectives: [{ ...g2!.objectives[0]! }] },
    ],
  });
  await callOk(app, 'goals:setModalities', { custom: ['Narrative therapy', 'Compassion-focused'] });
}

async function check(page: Page, screen: string, scrollTo?: Parameters<typeof screenshots>[2]) {
  await expectNoSeriousViolations(page, screen);
  await screenshots(page, screen, scrollTo);
}

test('treatment plan screens: axe clean in light and dark, screenshots at two sizes', async ({ openApp }) => {
  const app = await openApp();
  const { page } = app;
  await createAndOpenVault(page);
  await seedTreatmentPlan(app);
  await openClientTab(page, 'Mariam Haddad', 'Goals');

  const summary = page.getByRole('region', { name: 'Goal plan' });
  await expect(summary).toContainText('Every two weeks, 50 minutes, until the review');
  await check(page, 'plan-summary');
  const card = page.getByRole('article', { name: 'Goal 1', exact: true });
  await expect(card).toContainText('Progressing');
  await check(page, 'plan-goal-treatment', card.getByRole('heading', { name: 'Objectives' }));
  const history = page.getByRole('region', { name: 'Version history' });
  await expect(history).toContainText('Sessions or people changed');
  await check(page, 'plan-version-history', history);

  await card.getByRole('button', { name: 'Review objectives' }).click();
  const dialog = page.getByRole('dialog', { name: 'Review the objectives of goal 1' });
  await expect(dialog.getByRole('radio', { name: 'Progressing' })).toBeChecked();
  await check(page, 'plan-objective-review');
  await page.keyboard.press('Escape');

  await summary.getByRole('button', { name: 'Edit goals' }).click();
  await expect(page.getByRole('heading', { name: 'Editing version 2' })).toBeVisible();
  // The clinician's own approaches are offered beside the common ones.
  await expect(page.getByRole('checkbox', { name: 'Narrative therapy' }).first()).toBeVisible();
  await check(page, 'plan-editor-objectives', page.getByText('Measurable objectives').first());
  await check(
    page,
    'plan-editor-sessions',
    page.getByRole('heading', { name: 'Sessions and who is involved' }),
  );
  await page.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('tab', { name: 'Export', exact: true }).click();
  const sheet = page.getByRole('document', { name: 'Preview of the summary' });
  await expect(sheet.getByRole('heading', { name: 'Treatment plan (version 1)' })).toBeVisible();
  await expect(sheet).toContainText('Weekly, 50 minutes, for 12 weeks');
  await expect(sheet).toContainText('Progressing');
  await check(
    page,
    'plan-summary-pdf-preview',
    sheet.getByRole('heading', { name: 'Treatment plan (version 1)' }),
  );

  await goTo(page, 'Settings');
  const approaches = page.getByRole('region', { name: 'Therapy approaches' });
  await expect(approaches.getByLabel('Your approach 1')).toHaveValue('Narrative therapy');
  await check(page, 'plan-settings-approaches', approaches);
});
