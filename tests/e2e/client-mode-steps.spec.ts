import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import type { TemplateInput } from '../../shared/consent/consent-contract';
import { formatDate, localDay } from '../../shared/dates/format-date';
import { addDays } from '../../shared/dates/practice-time';
import { ChromiumSummaryPrinter } from '../../electron/core/features/pdf/chromium-printer';
import { pdfText, squash } from '../unit/support/pdf-tools';
import { checkScreen } from './calendar-screen-check';
import { callMain, openClient, openTab } from './clients-support';
import { dayField, fillDay } from './day-fields';
import { expect, makeTempDir, test } from './fixtures';
import { createAndOpenVault, PASSPHRASE, useColorScheme } from './flows';
import { drawSignature } from './goals-support';
import type { LaunchedApp } from './harness';

const NAME = 'Maya Okafor';
const PASSWORD = 'client mode summary';
const SCREENS_DIR = process.env.RAPPORT_SCREENS_DIR ?? join('test-results', 'screens');

async function handOver(page: Page) {
  await page.getByRole('button', { name: 'Hand the laptop to the client…' }).click();
  return page.getByRole('dialog', { name: 'Hand the laptop to the client' });
}

async function leaveWith(page: Page, secret: string) {
  const field = page.getByRole('textbox', { name: 'Passphrase' });
  if (!(await field.isVisible())) await page.getByRole('button', { name: 'For your therapist' }).click();
  await field.fill(secret);
  await page.getByRole('button', { name: 'End client mode' }).click();
}

/**
 * A new vault with the practice named, the client, an informed consent and one other template
 * written; the client's page open. Returns the client's id.
 */
async function openWithTemplates(app: LaunchedApp, other: TemplateInput): Promise<string> {
  await createAndOpenVault(app.page);
  await callMain(app, 'practice:update', { clinicianName: 'Dr Ana Ríos', practiceName: 'Harbour Therapy' });
  const { id } = await callMain(app, 'clients:createEnquiry', { chosenName: NAME });
  await callMain(app, 'consent:saveTemplate', {
    kind: 'informed-consent',
    title: 'Consent to therapy',
    body: 'I, {{client.name}}, agree to start therapy with {{practice.name}}.',
  });
  await callMain(app, 'consent:saveTemplate', other);
  await openClient(app.page, NAME);
  return id;
}

/** The client's screen at 200 % (CSS zoom on the body, in a 1280 × 800 window): nothing cut off sideways. */
async function checkZoomed(page: Page, screen: string) {
  mkdirSync(SCREENS_DIR, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  const zoom = (to: string) =>
    page.locator('body').evaluate((body: { style: { zoom: string } }, z) => (body.style.zoom = z), to);
  await zoom('2');
  for (const colorScheme of ['light', 'dark'] as const) {
    await useColorScheme(page, colorScheme);
    const overflow = await page
      .locator('.client-mode')
      .evaluate((e: { scrollWidth: number; clientWidth: number }) => e.scrollWidth - e.clientWidth);
    expect(overflow, `${screen} at 200 % ${colorScheme}`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(SCREENS_DIR, `${screen}-zoom200-${colorScheme}.png`) });
  }
  await zoom('');
  await useColorScheme(page, 'light');
}

test('PHQ-9 due every two weeks, handed to the client: answered by keyboard and mouse, left only with the passphrase; the trend, the item-9 flag and the printed summary', async ({
  openApp,
}) => {
  const saveDir = makeTempDir();
  const printer = new ChromiumSummaryPrinter();
  const app = await openApp({
    summaryExport: { printer, choosePath: async (suggested) => join(saveDir, suggested) },
  });
  const { page } = app;
  try {
    await createAndOpenVault(page);
    const { id: clientId } = await callMain(app, 'clients:createEnquiry', { chosenName: NAME });
    await openClient(page, NAME);
    await openTab(page, 'Measures');
    await page.getByRole('button', { name: 'Change the schedule' }).click();
    await page.getByRole('button', { name: /How often/ }).click();
    await page.getByRole('option', { name: 'Every 2 weeks' }).click();
    await page.getByRole('button', { name: 'Save schedule' }).click();
    await expect(page.getByText(/Due now: PHQ-9/)).toBeVisible();

    // The due PHQ-9 is offered ticked; GAD-7 is there to add, and left out.
    const choose = await handOver(page);
    await expect(choose.getByRole('checkbox', { name: /PHQ-9/ })).toBeChecked();
    await expect(choose.getByRole('checkbox', { name: /GAD-7/ })).not.toBeChecked();
    await checkScreen(page, 'client-mode-choose');
    await choose.getByRole('button', { name: 'Hand over now' }).click();

    // The client's screen: the questionnaire in large type, nothing of the record.
    const client = page.locator('.client-mode');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Patient Health Questionnaire (PHQ-9)' }),
    ).toBeVisible();
    await expect(page.getByText('Hello, Maya')).toBeVisible();
    await expect(page.getByText('Okafor')).toHaveCount(0);
    await expect(page.getByRole('navigation')).toHaveCount(0);

    const groups = client.getByRole('radiogroup');
    // Items 1 to 5 by keyboard: a number answers and moves on; an arrow changes an answer.
    await client
      .getByRole('radiogroup', { name: /Little interest/ })
      .getByRole('radio', { name: /Not at all/ })
      .focus();
    // Typed straight on, as a quick typist would: each number answers and moves to the next question.
    await page.keyboard.type('12101');
    await expect(client.getByText('5 of 9 answered')).toBeVisible();
    const second = client.getByRole('radiogroup', { name: /Feeling down/ });
    await second.getByRole('radio', { name: /More than half the days/ }).focus();
    await page.keyboard.press('ArrowLeft');
    await expect(second.getByRole('radio', { name: /Several days/ })).toBeChecked();
    // Shot from the top: the greeting, the title and the first questions.
    await client.evaluate((e: { scrollTop: number }) => (e.scrollTop = 0));
    await checkScreen(page, 'client-mode-measure');
    await checkZoomed(page, 'client-mode-measure');

    // Items 6 to 9 by mouse, item 9 above zero.
    for (const [index, answer] of [
      [5, 'Several days'],
      [6, 'Not at all'],
      [7, 'Not at all'],
      [8, 'More than half the days'],
    ] as const) {
      await groups.nth(index).getByText(answer, { exact: true }).click();
    }
    await expect(client.getByText('9 of 9 answered')).toBeVisible();
    await client.getByRole('button', { name: 'Save my answers' }).click();
    await expect(
      page.getByText('Your answers are saved. Please hand the laptop back to your therapist.'),
    ).toBeVisible();

    // The passphrase is needed to leave: a wrong one is refused.
    await leaveWith(page, 'not the passphrase at all');
    await expect(page.getByText(/That passphrase does not open this vault/)).toBeVisible();
    await expect(page.getByRole('navigation')).toHaveCount(0);
    await leaveWith(page, PASSPHRASE);
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();

    // Back on the client's page: stored as the client's, with the trend and the flag.
    await expect(page.getByRole('heading', { level: 1, name: NAME })).toBeVisible();
    const { entries } = await callMain(app, 'measures:forClient', { clientId });
    expect(entries).toEqual([
      expect.objectContaining({
        answers: [1, 1, 1, 0, 1, 1, 0, 0, 2],
        total: 7,
        completedBy: 'client',
        riskRaised: true,
      }),
    ]);
    await openTab(page, 'Measures');
    await expect(page.getByRole('img', { name: 'PHQ-9 over time' })).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: 'Risk to review' })).toContainText(
      'answered “More than half the days”',
    );
    await expect(page.getByText(/Due now/)).toHaveCount(0);

    // The summary prints the measures section.
    await openTab(page, 'Export');
    await page.getByRole('textbox', { name: 'Password for the file' }).fill(PASSWORD);
    await page.getByRole('textbox', { name: 'Type the password again' }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Save summary as PDF…' }).click();
    const saved = page.getByRole('status').filter({ hasText: /^Saved / });
    await expect(saved).toBeVisible({ timeout: 120_000 });
    const file = join(saveDir, /Saved (.+\.pdf):/.exec((await saved.textContent()) ?? '')![1]!);
    const text = squash(pdfText(file, { password: PASSWORD }).stdout);
    expect(text).toContain(squash('Outcome measures'));
    expect(text).toContain(squash('PHQ-9 over time'));
    execFileSync('pdftoppm', [
      '-upw',
      PASSWORD,
      '-png',
      '-r',
      '60',
      file,
      join(SCREENS_DIR, 'client-mode-summary'),
    ]);
  } finally {
    await printer.close();
    rmSync(saveDir, { recursive: true, force: true });
  }
});

test('two documents signed in client mode, one drawn and one typed, each printed with its signer and date', async ({
  openApp,
}) => {
  const saveDir = makeTempDir();
  const printer = new ChromiumSummaryPrinter();
  const offered: string[] = [];
  const app = await openApp({
    summaryExport: {
      printer,
      choosePath: async (suggested) => {
        offered.push(suggested);
        return join(saveDir, `${offered.length}-${suggested}`);
      },
    },
  });
  const { page } = app;
  try {
    const clientId = await openWithTemplates(app, {
      kind: 'telehealth',
      title: 'Video sessions',
      body: 'I, {{client.name}}, agree to sessions by video when we cannot meet.',
    });

    const choose = await handOver(page);
    await expect(choose.getByRole('checkbox', { name: /PHQ-9/ })).not.toBeChecked();
    await choose.getByRole('button', { name: 'Hand over now' }).click();
    await expect(choose.getByText('Choose at least one thing for the client to do.')).toBeVisible();
    await choose.getByText('Informed consent to treatment', { exact: true }).click();
    await choose.getByText('Telehealth consent', { exact: true }).click();
    await expect(choose.getByRole('checkbox', { name: /Telehealth consent/ })).toBeChecked();
    await choose.getByRole('button', { name: 'Hand over now' }).click();

    // The first, drawn.
    await expect(page.getByText('Part 1 of 2')).toBeVisible();
    await expect(page.getByRole('document', { name: 'Consent to therapy' })).toContainText(
      'I, Maya Okafor, agree to start therapy with Harbour Therapy.',
    );
    await expect(page.getByRole('navigation')).toHaveCount(0);
    await page.getByRole('textbox', { name: 'Your full name' }).fill('Maya Okafor');
    await drawSignature(page);
    await page.locator('.client-mode').evaluate((e: { scrollTop: number }) => (e.scrollTop = 0));
    await checkScreen(page, 'client-mode-signing');
    await checkZoomed(page, 'client-mode-signing');
    await page.getByRole('button', { name: 'Sign', exact: true }).click();

    // The second, with a typed name.
    await expect(page.getByText('Part 2 of 2')).toBeVisible();
    await expect(page.getByRole('document', { name: 'Video sessions' })).toContainText(
      'agree to sessions by video',
    );
    await page.getByText('Type my name', { exact: true }).click();
    await page.getByRole('textbox', { name: 'Your full name, typed by you' }).fill('Maya A. Okafor');
    await page.getByRole('button', { name: 'Sign', exact: true }).click();
    await expect(page.getByText('Your answers are saved.', { exact: false })).toBeVisible();
    await leaveWith(page, PASSPHRASE);

    // Back on the overview: both signed; each printed with who signed and when.
    const card = page.getByRole('region', { name: 'Consent and agreements' });
    await expect(card.getByRole('button', { name: 'Print…' })).toHaveCount(2);
    const documents = (await callMain(app, 'consent:forClient', { clientId })).documents;
    expect(documents.map((d) => [d.kind, d.method, d.signerName]).sort()).toEqual([
      ['informed-consent', 'drawn', 'Maya Okafor'],
      ['telehealth', 'typed', 'Maya A. Okafor'],
    ]);
    const today = formatDate(localDay(new Date()));
    const printed: string[] = [];
    for (const i of [0, 1]) {
      await card.getByRole('button', { name: 'Print…' }).nth(i).click();
      const dialog = page.getByRole('dialog', { name: 'Print the signed document' });
      await dialog.getByRole('button', { name: 'Save as PDF…' }).click();
      await expect(dialog).toBeHidden({ timeout: 120_000 });
      const name = offered.at(-1)!;
      expect(name).toMatch(/^signed-document-\d{4}-\d{2}-\d{2}\.pdf$/);
      const file = join(saveDir, `${offered.length}-${name}`);
      printed.push(squash(pdfText(file).stdout));
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '60',
        '-f',
        '1',
        '-l',
        '1',
        file,
        join(SCREENS_DIR, `client-mode-signed-${i}`),
      ]);
    }
    const all = printed.join(' ');
    for (const line of [
      'Signed by Maya Okafor',
      'Signed by drawing on screen',
      'Signed by Maya A. Okafor',
      'Signed by typing their name',
      today,
    ]) {
      expect(all).toContain(squash(line));
    }
    for (const text of printed) expect(text).toContain(squash(`Signed on ${today}`));
  } finally {
    await printer.close();
    rmSync(saveDir, { recursive: true, force: true });
  }
});

test('a release of information written for one recipient before the hand-over, read with its recipient and signed by the client; listed on their page with its end', async ({
  openApp,
}) => {
  const app = await openApp();
  const { page } = app;
  const recipient = 'Dr Osei, Hill Street Surgery';
  const ends = addDays(localDay(new Date()), 200);
  const clientId = await openWithTemplates(app, {
    kind: 'release-of-information',
    title: 'Permission to share',
    body: 'I allow {{practice.name}} to share what is needed with {{release.recipient}} until {{release.expiresOn}}.',
  });

  // The release is written on the clinician's screen: an empty recipient is refused there.
  const choose = await handOver(page);
  const releases = choose.getByRole('group', { name: 'Releases of information' });
  await releases.getByRole('button', { name: 'Add a release' }).click();
  const recipientField = releases.getByRole('textbox', { name: 'Who the information goes to' });
  await expect(recipientField).toBeFocused();
  await fillDay(dayField(releases, 'Release ends on'), ends);
  await choose.getByRole('button', { name: 'Hand over now' }).click();
  await expect(releases.getByText('Name who the information goes to.')).toBeVisible();
  await expect(recipientField).toHaveAttribute('aria-invalid', 'true');
  await checkScreen(page, 'client-mode-release-refused');
  expect((await callMain(app, 'clientMode:status', {})).active).toBe(false);

  // A second row can be added and taken away again.
  await releases.getByRole('button', { name: 'Add a release' }).click();
  await expect(releases.getByRole('textbox', { name: 'Who the information goes to' })).toHaveCount(2);
  await releases.getByRole('button', { name: 'Remove release 2' }).click();
  await expect(releases.getByRole('textbox', { name: 'Who the information goes to' })).toHaveCount(1);
  await expect(releases.getByRole('button', { name: 'Add a release' })).toBeFocused();

  await recipientField.fill(recipient);
  await choose.getByText('Informed consent to treatment', { exact: true }).click();
  await checkScreen(page, 'client-mode-choose-release');
  // Ticking a document after the release keeps the release's row as written.
  await expect(recipientField).toHaveValue(recipient);
  await choose.getByText('Informed consent to treatment', { exact: true }).click();
  await choose.getByRole('button', { name: 'Hand over now' }).click();

  // The client reads the release with the recipient and the end written in, and signs it.
  const release = page.getByRole('document', { name: 'Permission to share' });
  await expect(release).toContainText(
    `I allow Harbour Therapy to share what is needed with ${recipient} until ${formatDate(ends)}.`,
  );
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await page.getByText('Type my name', { exact: true }).click();
  await page.getByRole('textbox', { name: 'Your full name, typed by you' }).fill('Maya Okafor');
  await page.getByRole('button', { name: 'Sign', exact: true }).click();
  await expect(page.getByText('Your answers are saved.', { exact: false })).toBeVisible();
  await leaveWith(page, PASSPHRASE);

  // On the client's page, as a release signed on the clinician's own screen is shown.
  const card = page.getByRole('region', { name: 'Consent and agreements' });
  const line = card.getByRole('listitem').filter({ hasText: `Release of information to ${recipient}` });
  await expect(line).toContainText(`Signed ${formatDate(localDay(new Date()))}, ends ${formatDate(ends)}`);
  const { documents } = await callMain(app, 'consent:forClient', { clientId });
  expect(documents).toEqual([
    expect.objectContaining({
      kind: 'release-of-information',
      recipient,
      expiresOn: ends,
      method: 'typed',
      signerName: 'Maya Okafor',
    }),
  ]);
});
