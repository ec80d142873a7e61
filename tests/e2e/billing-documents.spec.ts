import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { DateTime } from 'luxon';
import { ChromiumSummaryPrinter } from '../../electron/core/features/pdf/chromium-printer';
import { formatMoney } from '../../shared/billing/money';
import { lastMonth } from '../../shared/billing/superbill-period';
import { formatDate } from '../../shared/dates/format-date';
import { pdfInfo, pdfText, qpdf, squash } from '../unit/support/pdf-tools';
import { checkScreen } from './calendar-screen-check';
import { callOk, CLIENT_NAMES, seedClientsAndFees } from './calendar-seed';
import { expect, makeTempDir, test } from './fixtures';
import { createAndOpenVault, goTo } from './flows';

const PASSWORD = 'lantern harbour 2026';
const PAYMENT_DETAILS = 'Pay by bank transfer to account 0012 3456 7890';
const TAX_WORDING = 'Psychotherapy is exempt from sales tax.';
/** Real Chromium prints on a loaded two-core machine: a PDF may take a while. */
const PRINTED = { timeout: 120_000 };
const onPaper = (minor: number) => formatMoney(minor, 'USD', 'en');

async function openBillingTab(page: Page) {
  await goTo(page, 'Clients');
  await page.getByText(CLIENT_NAMES.ada).click();
  await expect(page.getByRole('heading', { name: CLIENT_NAMES.ada, level: 1 })).toBeVisible();
  await page.getByRole('tab', { name: 'Billing' }).click();
}

function text(file: string, password?: string): string {
  return squash(pdfText(file, { password, layout: true }).stdout);
}

test('an invoice, a receipt and a statement from the Billing tab, and last month’s statements into a folder', async ({
  openApp,
}) => {
  const saveDir = makeTempDir();
  const batchDir = join(saveDir, 'statements');
  mkdirSync(batchDir);
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
    chooseFolder: async () => batchDir,
  });
  try {
    const { page } = app;
    await createAndOpenVault(page);
    await callOk(app, 'billing:updateSettings', { currency: 'USD' });
    await callOk(app, 'practice:update', { practiceName: 'Harbour Light Therapy' });
    const practice = await seedClientsAndFees(app);
    const today = DateTime.now().setZone(practice.zone).toISODate()!;
    const period = lastMonth(today);
    const day = (n: number) => `${period.from.slice(0, 8)}${String(n).padStart(2, '0')}`;
    const ids: string[] = [];
    for (const date of [day(5), day(12)]) {
      const [appointment] = await callOk(app, 'appointments:create', {
        clientId: practice.clients.ada,
        date,
        time: '10:00',
        durationMinutes: 50,
        modality: 'in-person',
        serviceId: practice.services.therapy,
      });
      await callOk(app, 'appointments:setStatus', { id: appointment!.id, status: 'attended', reason: '' });
      ids.push(appointment!.id);
    }
    const invoice = await callOk(app, 'invoices:create', {
      clientId: practice.clients.ada,
      appointmentIds: ids,
      issuedOn: day(13),
    });
    await callOk(app, 'payments:record', {
      clientId: practice.clients.ada,
      invoiceId: invoice.id,
      amountMinor: 15_000,
      receivedOn: day(20),
      method: 'card',
    });

    // Settings: how to pay and the tax wording, once for every bill.
    await goTo(page, 'Settings');
    const panel = page.getByRole('region', { name: 'Billing documents' });
    await panel.scrollIntoViewIfNeeded();
    await panel.getByRole('textbox', { name: 'How to pay' }).fill(PAYMENT_DETAILS);
    await panel.getByRole('textbox', { name: 'Tax wording' }).fill(TAX_WORDING);
    await panel.getByRole('button', { name: 'Save billing documents' }).click();
    await expect(panel.getByText('Billing documents saved.')).toBeVisible();
    await checkScreen(page, 'settings-billing-documents', panel);

    // The invoice, from the invoice itself, protected with a password.
    await openBillingTab(page);
    await page.getByRole('button', { name: `Print invoice ${invoice.number}…` }).click();
    const invoiceDialog = page.getByRole('dialog', { name: `Print invoice ${invoice.number}` });
    await invoiceDialog.getByRole('textbox', { name: 'Password for the file' }).fill(PASSWORD);
    await invoiceDialog.getByRole('textbox', { name: 'Type the password again' }).fill(PASSWORD);
    await checkScreen(page, 'billing-print-invoice');
    await invoiceDialog.getByRole('button', { name: 'Save invoice as PDF…' }).click();
    await expect(invoiceDialog).toBeHidden(PRINTED);
    const invoiceFile = `invoice-${invoice.number}.pdf`;
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: `Saved as ${invoiceFile} (1 page, protected with a password).` }),
    ).toBeVisible();
    expect(qpdf(['--requires-password', join(saveDir, invoiceFile)]).status).toBe(0);
    expect(pdfInfo(join(saveDir, invoiceFile), PASSWORD).Title).toBe('Invoice');
    const invoiceText = text(join(saveDir, invoiceFile), PASSWORD);
    for (const part of [
      `Invoice ${invoice.number}`,
      `Total ${onPaper(24_000)}`,
      `Balance due ${onPaper(9_000)}`,
      PAYMENT_DETAILS,
      TAX_WORDING,
    ]) {
      expect(invoiceText, part).toContain(squash(part));
    }

    // A receipt for the payment, from the payment list, without a password.
    await page.getByRole('button', { name: /^Receipt for / }).click();
    const receiptDialog = page.getByRole('dialog', { name: 'Print receipt' });
    await receiptDialog.getByText('Protect the file with a password (AES-256)').click();
    await receiptDialog.getByRole('button', { name: 'Save receipt as PDF…' }).click();
    await expect(receiptDialog).toBeHidden(PRINTED);
    const receiptFile = `receipt-${day(20)}.pdf`;
    const receiptText = text(join(saveDir, receiptFile));
    for (const part of [`Amount ${onPaper(15_000)}`, `Date received ${formatDate(day(20))}`, 'Method Card']) {
      expect(receiptText, part).toContain(squash(part));
    }

    // Last month's statement, from the balance.
    await page.getByRole('region', { name: 'Balance' }).getByRole('button', { name: 'Statement…' }).click();
    const statementDialog = page.getByRole('dialog', { name: 'Statement of account' });
    await expect(statementDialog.getByRole('radio', { name: /^Last month/ })).toBeChecked();
    await statementDialog.getByText('Protect the file with a password (AES-256)').click();
    await checkScreen(page, 'billing-print-statement');
    await statementDialog.getByRole('button', { name: 'Save statement as PDF…' }).click();
    await expect(statementDialog).toBeHidden(PRINTED);
    const statementFile = `statement-${period.from.slice(0, 7)}.pdf`;
    const statementText = text(join(saveDir, statementFile));
    for (const part of [
      `Opening balance ${onPaper(0)}`,
      `Services ${onPaper(24_000)}`,
      `Payments ${onPaper(15_000)}`,
      `Closing balance ${onPaper(9_000)}`,
    ]) {
      expect(statementText, part).toContain(squash(part));
    }
    expect(offered).toEqual([invoiceFile, receiptFile, statementFile]);

    // Every client's statement for last month, into a folder: Ada alone had activity.
    await goTo(page, 'Home');
    await page.getByRole('button', { name: 'Statements for a period…' }).click();
    const batch = page.getByRole('dialog', { name: 'Statements for a period' });
    await batch.getByText('Protect the file with a password (AES-256)').click();
    await checkScreen(page, 'home-statements-batch');
    await batch.getByRole('button', { name: 'Choose a folder and save…' }).click();
    await expect(batch.getByText('1 of 1 statement saved')).toBeVisible(PRINTED);
    const batchFile = `statement-${period.from.slice(0, 7)}-${practice.clients.ada.slice(0, 8)}.pdf`;
    await expect(batch.getByRole('list', { name: 'Saved statements' })).toContainText(batchFile);
    await checkScreen(page, 'home-statements-batch-done');
    expect(readdirSync(batchDir)).toEqual([batchFile]);
    expect(text(join(batchDir, batchFile))).toContain(squash(`Closing balance ${onPaper(9_000)}`));
    await batch.getByRole('button', { name: 'Done' }).click();

    // The same folder again: nothing is replaced, and the dialog says which files are in the way.
    await page.getByRole('button', { name: 'Statements for a period…' }).click();
    await batch.getByText('Protect the file with a password (AES-256)').click();
    await batch.getByRole('button', { name: 'Choose a folder and save…' }).click();
    await expect(batch.getByText(/already holds one of these statements/)).toBeVisible();
    await expect(batch).toContainText(batchFile);
    expect(readdirSync(batchDir)).toEqual([batchFile]);
  } finally {
    await printer.close();
    rmSync(saveDir, { recursive: true, force: true });
  }
});
