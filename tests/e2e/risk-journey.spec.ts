import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { emptyIntake } from '../../shared/clients/intake-schema';
import { formatDate, localDay } from '../../shared/dates/format-date';
import { ChromiumSummaryPrinter } from '../../electron/core/features/pdf/chromium-printer';
import { pdfText, squash } from '../unit/support/pdf-tools';
import { checkScreen } from './calendar-screen-check';
import { callMain, openClient, openTab } from './clients-support';
import { expect, makeTempDir, test } from './fixtures';
import { createAndOpenVault, goTo } from './flows';
import { expectFocusRing, tabTo } from './notes-support';

const NAME = 'Maya Okafor';
const PASSWORD = 'risk review summary';
const RAISED = 'Active thoughts since the eviction notice, with a method in mind; no intent to act.';
const WARNING_SIGN = 'I stop opening the post';
const LIVING_FOR = 'My daughter Ife';
const SCREENS_DIR = process.env.RAPPORT_SCREENS_DIR ?? join('test-results', 'screens');

/** Presses Tab until the target has focus, and checks the focus can be seen. */
async function tabToVisible(page: Page, scope: Locator, name: Parameters<Page['getByRole']>, count = 60) {
  const target = scope.getByRole(...name);
  await tabTo(page, target, count);
  await expectFocusRing(target);
  return target;
}

test('intake risk answers, a raised risk in a note, a safety plan agreed and printed, the client page and the summary', async ({
  openApp,
}) => {
  const saveDir = makeTempDir();
  const printer = new ChromiumSummaryPrinter();
  const app = await openApp({
    summaryExport: { printer, choosePath: async (suggested) => join(saveDir, suggested) },
  });
  const page = app.page;
  const today = localDay(new Date());
  try {
    await createAndOpenVault(page);
    await callMain(app, 'practice:update', {
      clinicianName: 'Dr Ana Ríos',
      credentials: 'PsyD',
      practiceName: 'Harbour Street Counselling',
      phone: '+61 2 9000 5555',
    });
    const { id: clientId } = await callMain(app, 'clients:createEnquiry', { chosenName: NAME });
    const intake = emptyIntake(NAME);
    Object.assign(intake.risk, { suicidalThoughts: 'past', selfHarm: 'none', harmToOthers: 'none' });
    await callMain(app, 'intake:save', { clientId, baseRevision: 0, markComplete: true, data: intake });

    // At intake, by keyboard alone: the risk step's review, superseding the answers above it.
    await openClient(page, NAME);
    await page.getByRole('button', { name: 'Edit intake' }).click();
    await page
      .getByRole('navigation', { name: 'Intake steps' })
      .getByRole('button', { name: /Risk and safety/ })
      .click();
    await expect(page.getByRole('heading', { name: 'Risk and safety', level: 2 })).toBeVisible();
    const atIntake = page.getByRole('region', { name: 'Risk review at intake' });
    await atIntake.getByRole('button', { name: 'Record a risk review' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Record a risk review' });
    await expect(dialog).toBeVisible();
    // Saving with nothing chosen says what is missing and records nothing.
    await tabToVisible(page, dialog, ['button', { name: 'Save risk review' }]);
    await page.keyboard.press('Enter');
    await expect(dialog.getByText('Choose none, passive or active.')).toBeVisible();
    await expect(dialog.getByText('Say why you judge the risk this way.')).toBeVisible();
    expect((await callMain(app, 'risk:history', { clientId })).reviews).toEqual([]);
    await checkScreen(page, 'risk-review-dialog');

    await tabToVisible(page, dialog, ['radio', { name: /^None/ }]);
    await page.keyboard.press('Space');
    await tabToVisible(page, dialog, ['textbox', { name: 'What keeps them safe (protective factors)' }]);
    await page.keyboard.type('Her daughter; her choir');
    await tabToVisible(page, dialog, ['radio', { name: /^Low/ }]);
    await page.keyboard.press('Space');
    await tabToVisible(page, dialog, ['textbox', { name: 'Why you judge it so' }]);
    await page.keyboard.type('The thoughts of last winter have not returned.');
    await tabToVisible(page, dialog, ['button', { name: 'Save risk review' }]);
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(atIntake.getByText('Low')).toBeVisible();

    // A session where risk has risen: recorded in its note, then the note is signed.
    await openTab(page, 'Notes');
    await page.getByRole('button', { name: 'New note' }).click();
    await page
      .getByRole('textbox', { name: 'Subjective', exact: true })
      .fill('A hard fortnight after the letter.');
    await expect(page.getByText(/^Saved \d/)).toBeVisible();
    await page.getByRole('button', { name: /^Risk review/ }).click();
    await page.getByRole('button', { name: 'Record a risk review' }).click();
    const raised = page.getByRole('dialog', { name: 'Record a risk review' });
    await raised.getByRole('radio', { name: /^Active/ }).click({ force: true });
    await raised
      .getByRole('radiogroup', { name: 'Has thought through how they would do it' })
      .getByRole('radio', { name: 'Yes' })
      .click();
    await raised
      .getByRole('radiogroup', { name: 'Can get hold of the means' })
      .getByRole('radio', { name: 'Yes' })
      .click();
    await raised.getByRole('radio', { name: /^High/ }).click({ force: true });
    await raised.getByRole('textbox', { name: 'Why you judge it so' }).fill(RAISED);
    await raised
      .getByRole('textbox', { name: 'Actions taken (optional)' })
      .fill('Safety plan written together.');
    await raised.getByRole('button', { name: 'Save risk review' }).click();
    await expect(raised).toBeHidden();
    await expect(page.getByRole('button', { name: /^Change review of/ })).toBeVisible();
    await page.getByRole('button', { name: /^Sign note/ }).click();
    await page
      .getByRole('dialog', { name: 'Sign and lock this note?' })
      .getByRole('button', { name: 'Sign and lock' })
      .click();
    await expect(page.getByText('Locked: corrections go in an addendum below.')).toBeVisible();
    await expect(page.getByRole('button', { name: /^Change review of/ })).toHaveCount(0);

    // The safety plan the review's actions speak of: written, agreed by typed name, printed on one page.
    await openTab(page, 'Safety plan');
    await page.getByRole('button', { name: 'Write a safety plan together' }).click();
    const editor = page.getByRole('form', { name: 'Writing the safety plan together' });
    await editor.getByRole('button', { name: 'Add a line to “Signs that things are getting hard”' }).click();
    await page.keyboard.type(WARNING_SIGN);
    await editor.getByRole('button', { name: 'Add this practice’s number' }).click();
    await editor.getByRole('button', { name: 'Add a line to “What I am living for”' }).click();
    await page.keyboard.type(LIVING_FOR);
    await editor.getByRole('button', { name: 'Save safety plan' }).click();
    const plan = page.getByRole('region', { name: 'Safety plan' });
    await plan.getByRole('button', { name: 'Record agreement' }).click();
    const agreement = page.getByRole('dialog', { name: 'Record the client’s agreement' });
    await agreement.getByText('Typed their name', { exact: true }).click();
    await agreement.getByLabel('Client’s name, typed by the client').fill(NAME);
    await agreement.getByRole('button', { name: 'Record agreement' }).click();
    await expect(agreement).toBeHidden();
    await page
      .getByRole('region', { name: /^Version 1/ })
      .getByRole('button', { name: 'Print for the client…' })
      .click();
    const printPlan = page.getByRole('dialog', { name: 'Print the safety plan' });
    await printPlan.getByRole('textbox', { name: 'Password for the file' }).fill(PASSWORD);
    await printPlan.getByRole('textbox', { name: 'Type the password again' }).fill(PASSWORD);
    await printPlan.getByRole('button', { name: 'Save as PDF…' }).click();
    await expect(printPlan).toBeHidden({ timeout: 120_000 });
    const planSaved = plan.getByRole('status');
    await expect(planSaved).toContainText(/Safety plan saved as safety-plan-/);
    const planFile = join(
      saveDir,
      /(safety-plan-[\d-]+\.pdf)/.exec((await planSaved.textContent()) ?? '')![1]!,
    );
    const planText = squash(pdfText(planFile, { password: PASSWORD }).stdout);
    expect(planText).toContain(squash(WARNING_SIGN));
    expect(planText).toContain(squash('+61 2 9000 5555'));
    expect(planText).not.toContain('Maya');

    // The client page: the latest judgement with its date, the trend and the history, beside the plan.
    await openTab(page, 'Overview');
    await expect(page.getByRole('region', { name: 'Safety plan' })).toContainText(/Version 1, agreed/);
    const card = page.getByRole('region', { name: 'Risk over time' });
    await expect(card.getByText(`Latest judgement, reviewed ${formatDate(today)}`)).toBeVisible();
    await expect(card.locator('.risk-latest .risk-judgement')).toHaveText('High');
    await expect(card.getByRole('img', { name: 'Risk judgement over time' })).toBeVisible();
    await card.getByRole('button', { name: /^History/ }).click();
    await expect(card.getByText('(superseded)')).toBeVisible();
    await expect(card.getByText(/Intake answers/)).toBeVisible();
    await checkScreen(page, 'risk-overview', card);

    await goTo(page, 'Settings');
    await checkScreen(page, 'risk-settings', page.getByRole('region', { name: 'Risk reviews' }));

    // The summary prints the latest review with its date.
    await openClient(page, NAME);
    await openTab(page, 'Export');
    await page.getByRole('textbox', { name: 'Password for the file' }).fill(PASSWORD);
    await page.getByRole('textbox', { name: 'Type the password again' }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Save summary as PDF…' }).click();
    const saved = page.getByRole('status').filter({ hasText: /^Saved / });
    await expect(saved).toContainText('protected with a password');
    const file = join(saveDir, /Saved (.+\.pdf):/.exec((await saved.textContent()) ?? '')![1]!);
    const text = squash(pdfText(file, { password: PASSWORD }).stdout);
    expect(text).toContain(squash(`Latest risk review, ${formatDate(today)}: High`));
    expect(text).toContain(squash(`In the signed note of ${formatDate(today)}, by Dr Ana Ríos, PsyD.`));
    expect(text).toContain(squash(RAISED));
    // The agreed safety plan, in the client's words, in the same summary.
    expect(text).toContain(squash(WARNING_SIGN));
    expect(text).toContain(squash(LIVING_FOR));
    // Each page as a picture, to be looked at.
    mkdirSync(SCREENS_DIR, { recursive: true });
    execFileSync('pdftoppm', ['-upw', PASSWORD, '-png', '-r', '80', file, join(SCREENS_DIR, 'risk-summary')]);
  } finally {
    await printer.close();
    rmSync(saveDir, { recursive: true, force: true });
  }
});
