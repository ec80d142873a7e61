import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ChromiumSummaryPrinter } from '../../electron/core/features/pdf/chromium-printer';
import { pdfInfo, pdfText, squash } from '../unit/support/pdf-tools';
import { checkScreen } from './calendar-screen-check';
import { expect, makeTempDir, test } from './fixtures';
import { createAndOpenVault } from './flows';
import { callOk, expectFocusRing, openClientTab, tabTo } from './goals-support';

const ARABIC = 'أمشي على البحر عندما أشعر بالضيق';
const PASSWORD = 'harbour lantern 42';

test('write a safety plan with the client, agree it with a typed name and print it on one page', async ({
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
        return join(saveDir, suggested);
      },
    },
  });
  try {
    const { page } = app;
    await createAndOpenVault(page);
    await callOk(app, 'practice:update', {
      clinicianName: 'Dr Ana Ríos',
      practiceName: 'Harbour Street Counselling',
      phone: '+61 2 9000 5555',
    });
    await callOk(app, 'clients:createEnquiry', { chosenName: 'Mariam Haddad' });
    await openClientTab(page, 'Mariam Haddad', 'Safety plan');
    await expect(page.getByRole('heading', { name: 'No safety plan yet' })).toBeVisible();
    await checkScreen(page, 'safety-plan-empty');
    await page.getByRole('button', { name: 'Write a safety plan together' }).click();

    const editor = page.getByRole('form', { name: 'Writing the safety plan together' });
    await editor.getByRole('button', { name: 'Add a line to “Signs that things are getting hard”' }).click();
    await expect(editor.getByLabel('Signs that things are getting hard: line 1')).toBeFocused();
    await page.keyboard.type('I stop answering messages');
    await editor.getByRole('button', { name: 'Add a line to “What I can do by myself”' }).click();
    await page.keyboard.type(ARABIC);
    await editor.getByRole('button', { name: 'Add a line to “People I can ask for help”' }).click();
    await page.keyboard.type('Lan, my sister 姐姐');
    // Saving without a number says what is missing, under the line, and keeps everything typed.
    await editor.getByRole('button', { name: 'Save safety plan' }).click();
    await expect(editor.getByText('Add their phone number.')).toBeVisible();
    await editor.getByLabel('Phone for name 1').first().fill('+61 400 123 456');
    await editor.getByRole('button', { name: 'Add this practice’s number' }).click();
    await expect(editor.getByLabel('Professionals and crisis lines I can call: name 1')).toHaveValue(
      'Harbour Street Counselling',
    );
    await editor.getByRole('button', { name: 'Add a line to “What I am living for”' }).click();
    await page.keyboard.type('My niece Amira');
    await checkScreen(page, 'safety-plan-editor');
    await editor.getByRole('button', { name: 'Save safety plan' }).click();

    const summary = page.getByRole('region', { name: 'Safety plan' });
    await expect(summary).toContainText('No version agreed yet. Version 1 is a draft');
    const draft = page.getByRole('region', { name: /^Draft: version 1/ });
    await expect(draft).toContainText(ARABIC);
    await expect(draft).toContainText('+61 2 9000 5555');
    await checkScreen(page, 'safety-plan-draft');

    await summary.getByRole('button', { name: 'Record agreement' }).click();
    const dialog = page.getByRole('dialog', { name: 'Record the client’s agreement' });
    await expect(dialog).toContainText('My niece Amira');
    await dialog.getByText('Typed their name', { exact: true }).click();
    await dialog.getByLabel('Client’s name, typed by the client').fill('Mariam Haddad');
    await checkScreen(page, 'safety-plan-agreement');
    await dialog.getByRole('button', { name: 'Record agreement' }).click();
    await expect(dialog).toBeHidden();
    await expect(summary).toContainText(/Current plan: version 1, agreed \d{1,2} \w+ \d{4}\./);
    const agreed = page.getByRole('region', { name: /^Version 1/ });
    await expect(agreed).toContainText('the client typed their name');
    await expect(summary.getByRole('button', { name: 'Revise plan' })).toBeVisible();
    await checkScreen(page, 'safety-plan-agreed');

    await agreed.getByRole('button', { name: 'Print for the client…' }).click();
    const print = page.getByRole('dialog', { name: 'Print the safety plan' });
    await print.getByRole('textbox', { name: 'Password for the file' }).fill(PASSWORD);
    await print.getByRole('textbox', { name: 'Type the password again' }).fill(PASSWORD);
    await checkScreen(page, 'safety-plan-print');
    await print.getByRole('button', { name: 'Save as PDF…' }).click();
    await expect(print).toBeHidden({ timeout: 120_000 });
    await expect(summary.getByRole('status')).toContainText(/Safety plan saved as safety-plan-.*protected/);

    expect(offered).toHaveLength(1);
    expect(offered[0]).toMatch(/^safety-plan-\d{4}-\d{2}-\d{2}\.pdf$/);
    const file = join(saveDir, offered[0]!);
    expect(existsSync(file)).toBe(true);
    expect(pdfInfo(file, PASSWORD).Pages).toBe('1');
    const text = squash(pdfText(file, { password: PASSWORD }).stdout);
    for (const line of [
      ARABIC,
      'Lan, my sister 姐姐',
      '+61 400 123 456',
      'My niece Amira',
      'Version 1, agreed',
    ]) {
      expect(text).toContain(squash(line));
    }
    expect(text).not.toContain('Mariam');

    // The overview shows the agreed plan beside risk.
    await page.getByRole('tab', { name: 'Overview', exact: true }).click();
    await expect(page.getByRole('region', { name: 'Safety plan' })).toContainText(/Version 1, agreed/);
  } finally {
    await printer.close();
  }
});

test('write and agree a safety plan with the keyboard alone', async ({ openApp }) => {
  const app = await openApp();
  const { page } = app;
  await createAndOpenVault(page);
  await callOk(app, 'clients:createEnquiry', { chosenName: 'Ilse Brandt' });
  await openClientTab(page, 'Ilse Brandt', 'Safety plan');

  const start = page.getByRole('button', { name: 'Write a safety plan together' });
  await tabTo(page, start);
  await expectFocusRing(start);
  await page.keyboard.press('Enter');
  const editor = page.getByRole('form', { name: 'Writing the safety plan together' });
  await tabTo(
    page,
    editor.getByRole('button', { name: 'Add a line to “Signs that things are getting hard”' }),
  );
  await page.keyboard.press('Enter');
  await expect(editor.getByLabel('Signs that things are getting hard: line 1')).toBeFocused();
  await page.keyboard.type('Cancelling plans with friends');
  await tabTo(page, editor.getByRole('button', { name: 'Add a line to “People I can ask for help”' }));
  await page.keyboard.press('Enter');
  await page.keyboard.type('Jonas');
  await page.keyboard.press('Tab');
  await expect(editor.getByLabel('Phone for name 1')).toBeFocused();
  await page.keyboard.type('+49 30 1234567');
  await tabTo(page, editor.getByRole('button', { name: 'Save safety plan' }));
  await page.keyboard.press('Enter');

  const summary = page.getByRole('region', { name: 'Safety plan' });
  await expect(summary.getByRole('heading', { name: 'Safety plan' })).toBeFocused();
  const record = summary.getByRole('button', { name: 'Record agreement' });
  await tabTo(page, record);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Record the client’s agreement' });
  await tabTo(page, dialog.getByRole('radio', { name: /Said yes aloud/ }));
  await page.keyboard.press('ArrowDown');
  await expect(dialog.getByRole('radio', { name: /Typed their name/ })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Client’s name, typed by the client')).toBeFocused();
  await page.keyboard.type('Ilse Brandt');
  await tabTo(page, dialog.getByRole('button', { name: 'Record agreement' }));
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(summary).toContainText('Current plan: version 1');
  await expect(summary.getByRole('heading', { name: 'Safety plan' })).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: 'Print for the client…' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Print the safety plan' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Print the safety plan' })).toBeHidden();
});
