import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { formatDate, localDay } from '../../shared/dates/format-date';
import { ChromiumSummaryPrinter } from '../../electron/core/features/pdf/chromium-printer';
import { pdfText, squash } from '../unit/support/pdf-tools';
import { checkScreen } from './calendar-screen-check';
import { callMain, openClient, openTab } from './clients-support';
import { expect, makeTempDir, test } from './fixtures';
import { createAndOpenVault } from './flows';

const NAME = 'Maya Okafor';
const SCREENS_DIR = process.env.RAPPORT_SCREENS_DIR ?? join('test-results', 'screens');
const PASSWORD = 'measure risk summary';
const REASON = 'She meant item 9 as "Several days", not "More than half the days".';

test('a PHQ-9 with item 9 above zero: the review recorded from its flag clears it and shows its source; the client’s entry corrected with a reason; axe clean, light and dark, two sizes', async ({
  openApp,
}) => {
  const saveDir = makeTempDir();
  const printer = new ChromiumSummaryPrinter();
  const app = await openApp({
    summaryExport: { printer, choosePath: async (suggested) => join(saveDir, suggested) },
  });
  const { page } = app;
  const today = localDay(new Date());
  await createAndOpenVault(page);
  await callMain(app, 'practice:update', { clinicianName: 'Dr Ana Ríos', credentials: 'PsyD' });
  const { id: clientId } = await callMain(app, 'clients:createEnquiry', { chosenName: NAME });
  // The client answered on their own; item 9 "More than half the days".
  await callMain(app, 'measures:record', {
    clientId,
    instrumentId: 'phq9',
    answers: [2, 2, 1, 2, 1, 1, 2, 1, 2],
    completedOn: today,
    completedBy: 'client',
  });

  await openClient(page, NAME);
  await openTab(page, 'Measures');
  const flag = page.getByRole('alert').filter({ hasText: 'Risk to review' });
  await expect(flag).toContainText('answered “More than half the days”');

  // The flag opens the review itself, with the measure's answer as its context.
  await flag.getByRole('button', { name: 'Record a risk review' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record a risk review' });
  await expect(dialog).toContainText('After a measure.');
  await expect(dialog).toContainText(`Prompted by an answer: on the PHQ-9 of ${formatDate(today)}`);
  await expect(dialog).toContainText('“More than half the days”');
  await checkScreen(page, 'measure-risk-review-dialog');
  await dialog.getByText(/^Passive: wishing/).click();
  await dialog.getByText('Moderate', { exact: true }).click();
  await dialog
    .getByRole('textbox', { name: 'Why you judge it so' })
    .fill('Passive thoughts on bad evenings; no plan; her sister is close by.');
  await dialog.getByRole('button', { name: 'Save risk review' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('alert').filter({ hasText: 'Risk to review' })).toHaveCount(0);

  // The overview says where the review came from.
  await openTab(page, 'Overview');
  const risk = page.getByRole('region', { name: 'Risk over time' });
  await expect(risk).toContainText(
    `Latest judgement, reviewed ${formatDate(today)} after PHQ-9 on ${formatDate(today)}.`,
  );
  await expect(page.getByRole('region', { name: 'Outcome measures' }).getByRole('alert')).toHaveCount(0);

  // The summary's risk section says the same, read back from the PDF.
  await openTab(page, 'Export');
  await page.getByRole('textbox', { name: 'Password for the file' }).fill(PASSWORD);
  await page.getByRole('textbox', { name: 'Type the password again' }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Save summary as PDF…' }).click();
  const saved = page.getByRole('status').filter({ hasText: /^Saved / });
  await expect(saved).toContainText('protected with a password');
  const file = join(saveDir, /Saved (.+\.pdf):/.exec((await saved.textContent()) ?? '')![1]!);
  const text = squash(pdfText(file, { password: PASSWORD }).stdout);
  expect(text).toContain(squash(`Latest risk review, ${formatDate(today)}: Moderate`));
  expect(text).toContain(squash(`After PHQ-9 on ${formatDate(today)}, by Dr Ana Ríos, PsyD.`));
  mkdirSync(SCREENS_DIR, { recursive: true });
  execFileSync('pdftoppm', [
    '-upw',
    PASSWORD,
    '-png',
    '-r',
    '60',
    file,
    join(SCREENS_DIR, 'measure-risk-summary'),
  ]);
  await printer.close();
  rmSync(saveDir, { recursive: true, force: true });

  // Correct the client's entry: the questionnaire starts from their answers; a reason is required.
  await openTab(page, 'Measures');
  await page.getByRole('button', { name: `Correct the PHQ-9 of ${formatDate(today)}` }).click();
  const correct = page.getByRole('dialog', { name: `Correct the PHQ-9 of ${formatDate(today)}` });
  await expect(correct).toContainText('The client answered this one themselves.');
  await expect(correct.getByText('9 of 9 answered')).toBeVisible();
  const item9 = correct.getByRole('radiogroup', { name: /Thoughts that you would be better off dead/ });
  await expect(item9.getByRole('radio', { name: /More than half the days/ })).toBeChecked();
  await item9.getByText('Several days').click();
  await correct.getByRole('button', { name: 'Save the correction' }).click();
  await expect(correct.getByText('Say why the earlier entry is corrected.')).toBeVisible();
  await checkScreen(page, 'measure-correct-dialog');
  await correct.getByRole('textbox', { name: 'Why it is corrected' }).fill(REASON);
  await correct.getByRole('button', { name: 'Save the correction' }).click();
  await expect(correct).toBeHidden();

  const card = page.getByRole('region', { name: 'Patient Health Questionnaire (PHQ-9)' });
  const original = card.getByRole('listitem').filter({ hasText: 'answered by the client' });
  await expect(original).toContainText('corrected, no longer counted');
  await expect(original).toContainText(`Corrected on ${formatDate(today)} by Dr Ana Ríos, PsyD: ${REASON}`);
  await expect(original.getByRole('button', { name: /^Correct/ })).toHaveCount(0);
  const correction = card.getByRole('listitem').filter({ hasText: 'with the clinician' });
  await expect(correction).toContainText(`: 13 (`);
  await expect(correction).toContainText(`Corrects the entry of ${formatDate(today)}`);
  await checkScreen(page, 'measure-corrected');
});
