import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { DateTime } from 'luxon';
import { ChromiumSummaryPrinter } from '../../electron/core/features/pdf/chromium-printer';
import { formatMoney } from '../../shared/billing/money';
import { lastMonth } from '../../shared/billing/superbill-period';
import { formatDate, formatShortDate } from '../../shared/dates/format-date';
import { pdfInfo, pdfText, qpdf, squash } from '../unit/support/pdf-tools';
import { checkScreen } from './calendar-screen-check';
import { callOk, CLIENT_NAMES, seedClientsAndFees } from './calendar-seed';
import { expect, makeTempDir, test } from './fixtures';
import { createAndOpenVault, goTo } from './flows';
import { dayField, fillDay } from './day-fields';

const PASSWORD = 'lantern harbour 2026';
const LEGAL_NAME = 'Ada Sofia Lindqvist';
/** Amounts as the app writes them in the harness browser's en-GB locale, and as the PDF writes them. */
const onScreen = (minor: number) => formatMoney(minor, 'USD', 'en-GB');
const onPaper = (minor: number) => formatMoney(minor, 'USD', 'en');

async function openBillingTab(page: Page) {
  await goTo(page, 'Clients');
  await page.getByText(CLIENT_NAMES.ada).click();
  await expect(page.getByRole('heading', { name: CLIENT_NAMES.ada, level: 1 })).toBeVisible();
  await page.getByRole('tab', { name: 'Billing' }).click();
}

test('from last month’s sessions to a superbill: invoice, payment, practice details, diagnosis, then the PDF', async ({
  openApp,
}) => {
  const saveDir = makeTempDir();
  const printer = new ChromiumSummaryPrinter();
  const offered: string[] = [];
  const app = await openApp({
    // The shell's printer and save dialog: the same Chromium printer as the command line, and a
    // temp folder standing for where the clinician chose to save.
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
    await callOk(app, 'billing:updateSettings', { currency: 'USD' });
    const practice = await seedClientsAndFees(app);
    const today = DateTime.now().setZone(practice.zone).toISODate()!;
    const period = lastMonth(today);
    const day = (n: number) => `${period.from.slice(0, 8)}${String(n).padStart(2, '0')}`;
    const sessions = [
      { date: day(5), modality: 'in-person', status: 'attended' },
      { date: day(12), modality: 'video', status: 'attended' },
      { date: day(19), modality: 'in-person', status: 'cancelled-late' },
    ] as const;
    for (const session of sessions) {
      const [appointment] = await callOk(app, 'appointments:create', {
        clientId: practice.clients.ada,
        date: session.date,
        time: '10:00',
        durationMinutes: 50,
        modality: session.modality,
        serviceId: practice.services.therapy,
      });
      await callOk(app, 'appointments:setStatus', {
        id: appointment!.id,
        status: session.status,
        reason: session.status === 'attended' ? '' : 'Unwell',
      });
    }

    await openBillingTab(page);
    const balance = page.getByRole('region', { name: 'Balance' });
    await balance.getByRole('button', { name: 'New invoice' }).click();
    const invoiceDialog = page.getByRole('dialog', { name: 'New invoice' });
    await invoiceDialog.getByRole('button', { name: 'Issue invoice' }).click();
    await expect(invoiceDialog).toBeHidden();
    await expect(balance).toContainText(`${onScreen(24_000)} owed`);

    // A part payment, received in the period.
    await balance.getByRole('button', { name: 'Record payment' }).click();
    const pay = page.getByRole('dialog', { name: 'Record a payment' });
    await pay.getByRole('textbox', { name: 'Amount (USD)' }).fill('150');
    await fillDay(dayField(pay, 'Received on'), day(20));
    await pay.getByRole('button', { name: 'Record payment' }).click();
    await expect(pay).toBeHidden();

    // With the keyboard: the dialog takes focus, and gives it back on Escape.
    const superbillButton = balance.getByRole('button', { name: 'Superbill…' });
    const dialog = page.getByRole('dialog', { name: 'Superbill' });
    await superbillButton.focus();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(dialog.locator(':focus')).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(superbillButton).toBeFocused();

    // First attempt: the superbill says what it lacks and where to add it.
    await superbillButton.click();
    await expect(dialog.getByRole('radio', { name: /^Last month/ })).toBeChecked();
    const contents = dialog.locator('.superbill-dialog__contents');
    await expect(contents).toContainText(`${formatDate(period.from)} to ${formatDate(period.to)}`);
    await expect(contents).toContainText('Attended sessions2');
    await expect(contents).toContainText(`Charged${onScreen(24_000)}`);
    await expect(contents).toContainText(`Paid by the client${onScreen(15_000)}`);
    const missing = dialog.getByRole('listitem');
    // What an insurer rejects a claim without comes first: only a draft can be made without it.
    await expect(missing).toHaveText([
      'There are no current diagnoses: add them on the Diagnoses tab.',
      'Your name is missing: add it in Settings → Practice and letterhead.',
      'Your licence number and where it was issued: add them in Settings → Practice and letterhead.',
      'Your NPI is missing: add it in Settings → Practice and letterhead.',
      'Your tax ID (EIN) is missing: add it in Settings → Practice and letterhead.',
      'The client’s legal name is missing (the chosen name is printed instead): add it in the intake, under Identity.',
      'The client’s date of birth is missing: add it in the intake, under Identity.',
      'The client’s insurer and member ID are missing: add them under Insurance on the Billing tab.',
      'The practice address and phone: add them in Settings → Practice and letterhead.',
    ]);
    await expect(dialog.getByRole('document', { name: 'Preview of the superbill' })).toContainText('90834');
    await expect(dialog.getByRole('button', { name: 'Save superbill as PDF…' })).toBeDisabled();
    const draft = dialog.getByRole('checkbox', { name: /Make a draft instead/ });
    await draft.focus();
    await page.keyboard.press('Space');
    await expect(draft).toBeChecked();
    await expect(dialog.getByRole('document', { name: 'Preview of the superbill' })).toContainText('DRAFT');
    await expect(dialog.getByRole('button', { name: 'Save superbill as PDF…' })).toBeEnabled();
    await page.keyboard.press('Space');
    await expect(draft).not.toBeChecked();
    await checkScreen(page, 'billing-superbill-missing');

    // A month without attended sessions: nothing to save, and it says why.
    await dialog.getByRole('radio', { name: /^Last month/ }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(dialog.getByRole('radio', { name: /^This month/ })).toBeChecked();
    await expect(dialog.getByText('No superbill can be made for this period yet:')).toBeVisible();
    await expect(dialog.getByText(/^There are no attended sessions from/)).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Save superbill as PDF…' })).toBeDisabled();
    await page.keyboard.press('ArrowLeft');
    await expect(dialog.getByRole('radio', { name: /^Last month/ })).toBeChecked();

    // The practice details, where the dialog sends the clinician.
    await dialog.getByRole('button', { name: 'Open Settings' }).click();
    await expect(dialog).toBeHidden();
    const letterhead = page.getByRole('region', { name: 'Practice and letterhead' });
    await letterhead.scrollIntoViewIfNeeded();
    await letterhead.getByRole('textbox', { name: 'Clinician name' }).fill('Dr Ana Sofía Ríos');
    await letterhead.getByRole('textbox', { name: 'Credentials' }).fill('PsyD, Licensed Psychologist');
    await letterhead.getByRole('textbox', { name: 'Practice name' }).fill('Harbour Light Therapy');
    await letterhead.getByRole('textbox', { name: 'Licence number' }).fill('PSY 31415');
    await letterhead.getByRole('textbox', { name: 'Licensed in' }).fill('California');
    await letterhead.getByRole('textbox', { name: 'NPI' }).fill('1234567890');
    await letterhead.getByRole('textbox', { name: 'Tax ID' }).fill('EIN 12-3456789');
    await letterhead
      .getByRole('textbox', { name: 'Practice address' })
      .fill('2100 Bay Street, Suite 4\nSan Francisco, CA 94123');
    await letterhead.getByRole('textbox', { name: 'Phone' }).fill('(415) 555-0134');
    await letterhead.getByRole('button', { name: 'Save letterhead' }).click();
    await expect(letterhead.getByText('An NPI is 10 digits; check it for a typo.')).toBeVisible();
    await letterhead.getByRole('textbox', { name: 'NPI' }).fill('1234567893');
    await letterhead.getByRole('button', { name: 'Save letterhead' }).click();
    await expect(letterhead.getByText(/^Saved\./)).toBeVisible();
    await checkScreen(page, 'settings-practice', letterhead);

    // The client's legal name and date of birth, as the intake stores them.
    const record = await callOk(app, 'clients:get', { id: practice.clients.ada });
    Object.assign(record.intake.identity, { legalName: LEGAL_NAME, dateOfBirth: '1990-02-14' });
    await callOk(app, 'intake:save', {
      clientId: practice.clients.ada,
      baseRevision: record.revision,
      data: record.intake,
    });

    await callOk(app, 'diagnoses:add', {
      clientId: practice.clients.ada,
      diagnosis: {
        system: 'icd10cm',
        code: 'F41.1',
        title: 'Generalized anxiety disorder',
        rank: 'primary',
        status: 'confirmed',
        madeOn: '2026-01-05',
        resolvedOn: null,
        madeBy: '',
        note: '',
      },
    });
    await openBillingTab(page);
    await expect(page.getByRole('region', { name: 'Diagnoses' })).toContainText(
      'Generalized anxiety disorder',
    );

    // The insurance, held by the client's spouse: the policy holder's fields appear when chosen.
    const insurance = page.getByRole('region', { name: 'Insurance' });
    await insurance.getByRole('textbox', { name: 'Insurer' }).fill('Blue Shield of California');
    await insurance.getByRole('textbox', { name: 'Member ID' }).fill('XEH948271635');
    await insurance.getByRole('textbox', { name: 'Group number' }).fill('W0051872');
    await expect(insurance.getByRole('textbox', { name: 'Policy holder’s name' })).toHaveCount(0);
    await insurance.getByRole('button', { name: /Policy holder/ }).click();
    await page.getByRole('option', { name: 'Spouse or partner' }).click();
    await insurance.getByRole('textbox', { name: 'Policy holder’s name' }).fill('Daniel Whitfield');
    await fillDay(dayField(insurance, 'Policy holder’s date of birth'), '1985-09-02');
    await insurance.getByRole('button', { name: 'Save insurance' }).click();
    await expect(insurance.getByText('Insurance saved.')).toBeVisible();
    await checkScreen(page, 'billing-insurance', insurance);

    // Now complete: protect it and save it.
    await page.getByRole('region', { name: 'Balance' }).getByRole('button', { name: 'Superbill…' }).click();
    await expect(dialog.locator('.superbill-dialog__contents')).toContainText('Attended sessions2');
    await expect(
      dialog.getByText('The superbill can be saved, but insurers may refuse it without:'),
    ).toHaveCount(0);
    await expect(dialog.getByRole('checkbox', { name: /Protect the file with a password/ })).toBeChecked();
    await dialog.getByRole('button', { name: 'Save superbill as PDF…' }).click();
    await expect(dialog.getByText('Use at least 8 characters.')).toBeVisible();
    await dialog.getByRole('textbox', { name: 'Password for the file' }).fill(PASSWORD);
    await dialog.getByRole('textbox', { name: 'Type the password again' }).fill(PASSWORD);
    await checkScreen(page, 'billing-superbill');
    await dialog.getByRole('button', { name: 'Save superbill as PDF…' }).click();
    await expect(dialog).toBeHidden();
    const fileName = `superbill-${period.from.slice(0, 7)}.pdf`;
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: `Superbill saved as ${fileName} (1 page, protected with a password).` }),
    ).toBeVisible();
    expect(offered).toEqual([fileName]);

    // The file, read from outside: it needs the password, and says what an insurer needs.
    const file = join(saveDir, fileName);
    expect(qpdf(['--requires-password', file]).status).toBe(0);
    expect(pdfInfo(file, PASSWORD).Title).toBe('Superbill');
    const text = pdfText(file, { password: PASSWORD, layout: true }).stdout;
    for (const part of [
      'Harbour Light Therapy',
      'PSY 31415 (California)',
      '1234567893',
      'EIN 12-3456789',
      'San Francisco, CA 94123',
      LEGAL_NAME,
      formatDate('1990-02-14'),
      'Generalized anxiety disorder',
      `Services from ${formatDate(period.from)} to ${formatDate(period.to)}`,
      'Blue Shield of California',
      'XEH948271635',
      'W0051872',
    ]) {
      expect(text, part).toContain(part);
    }
    expect(text).toMatch(/F41\.1\s+Generalized anxiety disorder/);
    expect(squash(text)).toContain(squash(`Daniel Whitfield, born ${formatShortDate('1985-09-02')}`));
    expect(text).toMatch(
      new RegExp(
        `${formatShortDate(day(5))}\\s+11 · Office\\s+90834\\s+A\\s+Individual therapy\\s+1\\s+\\$120\\.00`,
      ),
    );
    expect(text).toMatch(
      new RegExp(
        `${formatShortDate(day(12))}\\s+10 · Telehealth\\s+90834\\s+95\\s+A\\s+Individual therapy\\s+1\\s+\\$120\\.00`,
      ),
    );
    expect(text).not.toContain(formatShortDate(day(19)));
    expect(text).toMatch(new RegExp(`${formatShortDate(day(20))}\\s+Card\\s+\\${onPaper(15_000)}`));
    expect(text).toMatch(new RegExp(`Fees for these services\\s+\\${onPaper(24_000)}`));
    expect(text).toMatch(new RegExp(`Paid by the client\\s+\\${onPaper(15_000)}`));
    expect(text).toMatch(new RegExp(`Balance of these services\\s+\\${onPaper(9_000)}`));
    expect(squash(text)).not.toContain(squash(CLIENT_NAMES.ada));
    const audit = await callOk(app, 'audit:list', { actionPrefix: 'superbill.', limit: 10 });
    expect(audit.entries.map((e) => e.entityId)).toEqual([practice.clients.ada]);
  } finally {
    await printer.close();
    rmSync(saveDir, { recursive: true, force: true });
  }
});
