import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { addDays } from '../../shared/dates/practice-time';
import { localDay } from '../../shared/dates/format-date';
import { PHQ9 } from '../../shared/measures/phq9';
import { changeInWords, judgeChange } from '../../shared/measures/reliable-change';
import { ChromiumSummaryPrinter } from '../../electron/core/features/pdf/chromium-printer';
import { pdfText, squash } from '../unit/support/pdf-tools';
import { checkScreen } from './calendar-screen-check';
import { callMain, openClient, openTab } from './clients-support';
import { expect, makeTempDir, test } from './fixtures';
import { createAndOpenVault, goTo } from './flows';

const NAME = 'Maya Okafor';
const PASSWORD = 'measures summary';
const SCREENS_DIR = process.env.RAPPORT_SCREENS_DIR ?? join('test-results', 'screens');

test('PHQ-9 every two weeks: answered by keyboard and by mouse, the trend, the item-9 flag on the client and Home, and the printed summary', async ({
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
    const { id: clientId } = await callMain(app, 'clients:createEnquiry', { chosenName: NAME });
    // A first score four weeks ago, as if recorded then: moderately severe (17).
    await callMain(app, 'measures:record', {
      clientId,
      instrumentId: 'phq9',
      answers: [2, 2, 2, 2, 2, 2, 2, 2, 1],
      completedOn: addDays(today, -28),
      completedBy: 'clinician',
    });
    await callMain(app, 'risk:record', {
      clientId,
      source: { kind: 'intake' },
      reviewedOn: addDays(today, -28),
      suicidalThoughts: 'passive',
      intent: 'no',
      plan: 'no',
      means: 'not-asked',
      pastAttempts: 'no',
      selfHarm: 'no',
      harmToOthers: 'no',
      harmFromOthers: 'no',
      judgement: 'moderate',
      reasons: 'Passive thoughts some evenings.',
    });

    await openClient(page, NAME);
    // Ten tabs on one row at 1280 px.
    const tabs = page.getByRole('tablist', { name: 'Parts of the record' }).getByRole('tab');
    await expect(tabs).toHaveCount(10);
    const tops = await tabs.evaluateAll((elements) => elements.map((e) => e.getBoundingClientRect().top));
    expect(new Set(tops).size).toBe(1);
    await openTab(page, 'Measures');

    // The schedule: PHQ-9 every two weeks from today.
    await page.getByRole('button', { name: 'Change the schedule' }).click();
    await page.getByRole('button', { name: /How often/ }).click();
    await page.getByRole('option', { name: 'Every 2 weeks' }).click();
    await page.getByRole('button', { name: 'Save schedule' }).click();
    await expect(page.getByText('PHQ-9: Every 2 weeks from')).toBeVisible();
    await expect(page.getByText(/Due now: PHQ-9/)).toBeVisible();

    // By keyboard: number keys answer and move on; an arrow key changes an answer.
    await page.getByRole('button', { name: 'Record a PHQ-9' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Record a PHQ-9' });
    await expect(dialog).toBeVisible();
    await checkScreen(page, 'measures-dialog');
    await dialog
      .getByRole('radiogroup', { name: /Little interest/ })
      .getByRole('radio', { name: /Not at all/ })
      .focus();
    for (const key of ['1', '1', '1', '1', '1', '1', '1', '1', '0']) await page.keyboard.press(key);
    await expect(dialog.getByText('9 of 9 answered')).toBeVisible();
    const second = dialog.getByRole('radiogroup', { name: /Feeling down/ });
    await second.getByRole('radio', { name: /Several days/ }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(second.getByRole('radio', { name: /More than half the days/ })).toBeChecked();
    await dialog.getByRole('button', { name: 'Save PHQ-9' }).focus();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();

    // By mouse, with item 9 answered "Several days": the flag is raised.
    await page.getByRole('button', { name: 'Record a PHQ-9' }).click();
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Save PHQ-9' }).click();
    await expect(dialog.getByText(/Answer every question: 9 still to answer/)).toBeVisible();
    for (let i = 0; i < 9; i += 1) {
      await dialog
        .getByRole('radiogroup')
        .nth(i + 1)
        .getByText('Several days')
        .click();
    }
    await dialog.getByRole('button', { name: 'Save PHQ-9' }).click();
    await expect(dialog).toBeHidden();

    const flag = page.getByRole('alert').filter({ hasText: 'Risk to review' });
    await expect(flag).toContainText('answered “Several days”');
    const chart = page.getByRole('img', { name: 'PHQ-9 over time' });
    await expect(chart).toBeVisible();
    await expect(page.getByText(changeInWords(PHQ9, judgeChange(PHQ9, 17, 9))).first()).toBeVisible();
    await expect(page.getByText(/Due now/)).toHaveCount(0);
    await checkScreen(page, 'measures-tab');

    await openTab(page, 'Overview');
    await expect(page.getByRole('region', { name: 'Outcome measures' }).getByRole('alert')).toContainText(
      'Risk to review',
    );
    await goTo(page, 'Home');
    const home = page.getByRole('region', { name: 'Outcome measures' });
    await expect(home.getByRole('alert')).toContainText('Risk to review');
    // The flag on Home opens the review itself, as following this measure.
    await home.getByRole('button', { name: 'Record a risk review for Maya' }).click();
    const review = page.getByRole('dialog', { name: 'Record a risk review' });
    await expect(review).toContainText(/Prompted by an answer: on the PHQ-9 of/);
    await review.getByRole('button', { name: 'Cancel' }).click();
    await expect(review).toBeHidden();
    await openClient(page, NAME);

    // The summary prints the measures with the change in words and the chart.
    await openTab(page, 'Export');
    await page.getByRole('textbox', { name: 'Password for the file' }).fill(PASSWORD);
    await page.getByRole('textbox', { name: 'Type the password again' }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Save summary as PDF…' }).click();
    const saved = page.getByRole('status').filter({ hasText: /^Saved / });
    await expect(saved).toContainText('protected with a password');
    const file = join(saveDir, /Saved (.+\.pdf):/.exec((await saved.textContent()) ?? '')![1]!);
    const text = squash(pdfText(file, { password: PASSWORD }).stdout);
    expect(text).toContain(squash('Outcome measures'));
    expect(text).toContain(squash('PHQ-9 over time'));
    expect(text).toContain(squash(changeInWords(PHQ9, judgeChange(PHQ9, 17, 9))));
    mkdirSync(SCREENS_DIR, { recursive: true });
    execFileSync('pdftoppm', [
      '-upw',
      PASSWORD,
      '-png',
      '-r',
      '60',
      file,
      join(SCREENS_DIR, 'measures-summary'),
    ]);
  } finally {
    await printer.close();
    rmSync(saveDir, { recursive: true, force: true });
  }
});
