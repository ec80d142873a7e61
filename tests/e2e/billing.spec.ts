import type { Page } from '@playwright/test';
import { formatMoney } from '../../shared/billing/money';
import { callOk, CLIENT_NAMES, seedClientsAndFees, seedPastSessions } from './calendar-seed';
import { expect, test } from './fixtures';
import { tabTo } from './calendar-keyboard';
import { createAndOpenVault } from './flows';

/** Amounts as the page writes them: the harness browser's locale is en-GB ("US$240.00"). */
const usd = (minor: number) => formatMoney(minor, 'USD', 'en-GB');

async function openBillingTab(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Clients' }).click();
  await page.getByText(name).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  await page.getByRole('tab', { name: 'Billing' }).click();
}

test('raise an invoice from attended sessions, record a payment, and see the balance', async ({
  openApp,
}) => {
  const app = await openApp();
  const { page } = app;
  await createAndOpenVault(page);
  await callOk(app, 'billing:updateSettings', { currency: 'USD' });
  const practice = await seedClientsAndFees(app);
  await seedPastSessions(app, practice, practice.clients.ada, [
    [-14, 'attended'],
    [-7, 'cancelled-late'],
    [-3, 'attended'],
  ]);
  await openBillingTab(page, CLIENT_NAMES.ada);
  const balance = page.getByRole('region', { name: 'Balance' });
  await expect(balance).toContainText('Nothing owed');
  await expect(balance).toContainText('2 attended sessions are not invoiced yet.');

  await balance.getByRole('button', { name: 'New invoice' }).click();
  const dialog = page.getByRole('dialog', { name: 'New invoice' });
  const preview = dialog.getByRole('table', { name: 'Sessions to invoice' });
  await expect(preview.getByRole('row')).toHaveCount(5);
  await expect(preview).toContainText('Late cancellation: Individual therapy');
  await expect(preview).toContainText('90834');
  await expect(preview.getByRole('row', { name: /Total for 2 sessions/ })).toContainText(usd(24_000));
  const lateCancellation = dialog.getByRole('checkbox', { name: /Late cancellation/ });
  await lateCancellation.focus();
  await page.keyboard.press('Space');
  await expect(preview.getByRole('row', { name: /Total for 3 sessions/ })).toContainText(usd(36_000));
  await page.keyboard.press('Space');
  await expect(lateCancellation).not.toBeChecked();
  await dialog.getByRole('button', { name: 'Issue invoice' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: /^Invoice .+ issued\.$/ })).toBeVisible();
  await expect(balance).toContainText(`${usd(24_000)} owed`);
  await expect(balance).toContainText('Every attended session is invoiced.');
  const [invoice] = await callOk(app, 'invoices:list', { clientId: practice.clients.ada });
  expect(invoice!.totalMinor).toBe(24_000);
  expect(invoice!.lines.map((l) => l.code)).toEqual(['90834', '90834']);
  await expect(page.getByRole('region', { name: 'Invoices' })).toContainText(`${invoice!.number}`);

  // A part payment, typed the way people type amounts; parsed into cents, never a float.
  await balance.getByRole('button', { name: 'Record payment' }).click();
  const pay = page.getByRole('dialog', { name: 'Record a payment' });
  const amount = pay.getByRole('textbox', { name: 'Amount (USD)' });
  await expect(amount).toHaveValue('240.00');
  await amount.fill('100.5.0');
  await pay.getByRole('button', { name: 'Record payment' }).click();
  await expect(pay.getByText('Enter an amount like 120 or 120.50.')).toBeVisible();
  await amount.fill('100.5');
  await pay.getByRole('button', { name: /Method$/ }).click();
  await page.getByRole('option', { name: 'Bank transfer' }).click();
  await pay.getByRole('button', { name: 'Record payment' }).click();
  await expect(pay).toBeHidden();
  await expect(
    page.getByRole('status').filter({ hasText: `Payment of ${usd(10_050)} recorded.` }),
  ).toBeVisible();
  await expect(balance).toContainText(`${usd(13_950)} owed`);
  await expect(page.getByRole('region', { name: 'Payments' })).toContainText('Bank transfer');
  const [payment] = await callOk(app, 'payments:list', { clientId: practice.clients.ada });
  expect(payment).toMatchObject({ amountMinor: 10_050, method: 'bank transfer', invoiceId: invoice!.id });
  const practiceBalances = await callOk(app, 'billing:balances', {});
  expect(practiceBalances.totalMinor).toBe(13_950);

  // The practice's balances on Home: first names only.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Home' }).click();
  const balances = page.getByRole('region', { name: 'Balances' });
  await expect(balances).toContainText(`${usd(13_950)} outstanding from 1 client.`);
  await expect(balances.getByRole('button', { name: /Ada/ })).toContainText(usd(13_950));
  await expect(page.getByRole('main')).not.toContainText('Lindqvist');
});

test('a client fee with a sliding scale, diagnosis codes, and the practice fee schedule', async ({
  openApp,
}) => {
  const app = await openApp();
  const { page } = app;
  await createAndOpenVault(page);
  await callOk(app, 'billing:updateSettings', { currency: 'USD' });
  const practice = await seedClientsAndFees(app);
  await openBillingTab(page, CLIENT_NAMES.chiara);

  const fee = page.getByRole('region', { name: 'Fee' });
  await expect(fee).toContainText('No fee yet');
  await fee.getByRole('button', { name: /Usual service$/ }).click();
  await page.getByRole('option', { name: 'Individual therapy' }).click();
  await fee.getByRole('textbox', { name: 'Sliding scale (% off)' }).fill('25');
  await page.keyboard.press('Tab');
  await expect(fee).toContainText(`Each session: ${usd(9_000)} (${usd(12_000)} less 25 %).`);
  await fee.getByRole('button', { name: 'Save fee' }).click();
  await expect(fee.getByText('Fee saved.')).toBeVisible();
  expect(await callOk(app, 'fees:getClientFee', { clientId: practice.clients.chiara })).toMatchObject({
    serviceId: practice.services.therapy,
    priceMinor: null,
    slidingScalePercent: 25,
  });

  // The billing tab shows the record's diagnoses; they are recorded on the Diagnoses tab.
  const codes = page.getByRole('region', { name: 'Diagnoses' });
  await expect(codes.getByText('No current diagnosis.')).toBeVisible();
  await codes.getByRole('button', { name: 'Open the Diagnoses tab' }).click();
  await expect(page.getByRole('tab', { name: 'Diagnoses' })).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('tab', { name: 'Billing' }).click();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  const schedule = page.getByRole('region', { name: 'Fee schedule' });
  await schedule.getByRole('button', { name: 'Add a service' }).click();
  await schedule.getByRole('textbox', { name: 'Service' }).nth(2).fill('Couples session');
  await schedule.getByRole('textbox', { name: 'Code' }).nth(2).fill('90847');
  await schedule.getByRole('textbox', { name: 'Minutes' }).nth(2).fill('80');
  await schedule.getByRole('textbox', { name: 'Price (USD)' }).nth(2).fill('1,150');
  await schedule.getByRole('button', { name: 'Save fee schedule' }).click();
  await expect(schedule.getByText('Fee schedule saved.')).toBeVisible();
  const services = await callOk(app, 'fees:list', {});
  expect(services.find((s) => s.name === 'Couples session')).toMatchObject({
    code: '90847',
    durationMinutes: 80,
    priceMinor: 115_000,
    active: true,
  });
});

test('invoice and payment with the keyboard alone', async ({ openApp }) => {
  const app = await openApp();
  const { page } = app;
  await createAndOpenVault(page);
  await callOk(app, 'billing:updateSettings', { currency: 'USD' });
  const practice = await seedClientsAndFees(app);
  await seedPastSessions(app, practice, practice.clients.bashir, [[-7, 'attended']]);
  await openBillingTab(page, CLIENT_NAMES.bashir);
  const tab = page.getByRole('tab', { name: 'Billing' });
  await tab.focus();

  await tabTo(page, page.getByRole('button', { name: 'New invoice' }));
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'New invoice' });
  await tabTo(page, dialog.getByRole('button', { name: 'Issue invoice' }));
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  const balance = page.getByRole('region', { name: 'Balance' });
  await expect(balance).toContainText(`${usd(12_000)} owed`);

  await tabTo(page, page.getByRole('button', { name: 'Record payment' }));
  await page.keyboard.press('Enter');
  const pay = page.getByRole('dialog', { name: 'Record a payment' });
  await expect(pay.getByRole('textbox', { name: 'Amount (USD)' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(pay).toBeHidden();
  await expect(balance).toContainText('Nothing owed');
  expect((await callOk(app, 'billing:balances', {})).totalMinor).toBe(0);
});
