import { checkScreen } from './calendar-screen-check';
import { callOk, CLIENT_NAMES, seedClientsAndFees, seedPastSessions } from './calendar-seed';
import { expect, test } from './fixtures';
import { createAndOpenVault } from './flows';

test('billing screens and dialogs, and the fee settings: axe clean in light and dark, screenshots at two sizes', async ({
  openApp,
}) => {
  const app = await openApp();
  const { page } = app;
  await createAndOpenVault(page);
  const practice = await seedClientsAndFees(app);
  const [first, second, missed] = await seedPastSessions(app, practice, practice.clients.ada, [
    [-21, 'attended'],
    [-14, 'attended'],
    [-10, 'no-show'],
    [-7, 'cancelled-late'],
    [-3, 'attended'],
  ]);
  await seedPastSessions(app, practice, practice.clients.bashir, [[-2, 'attended']]);
  await callOk(app, 'appointments:create', {
    clientId: practice.clients.ada,
    date: practice.monday.plus({ weeks: 1 }).toISODate()!,
    time: '10:00',
    durationMinutes: 50,
    modality: 'video',
    repeat: { everyWeeks: 1, count: 3 },
  });
  const invoice = await callOk(app, 'invoices:create', {
    clientId: practice.clients.ada,
    appointmentIds: [first!, second!],
  });
  await callOk(app, 'payments:record', {
    clientId: practice.clients.ada,
    invoiceId: invoice.id,
    amountMinor: 12_000,
    receivedOn: invoice.issuedOn,
    method: 'card',
  });
  const unpaid = await callOk(app, 'invoices:create', {
    clientId: practice.clients.ada,
    appointmentIds: [missed!],
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

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Clients' }).click();
  await page.getByText(CLIENT_NAMES.ada).click();
  await page.getByRole('tab', { name: 'Billing' }).click();
  await expect(page.getByRole('region', { name: 'Balance' })).toContainText('owed');
  await checkScreen(page, 'billing-tab');

  await page.getByRole('button', { name: 'New invoice' }).click();
  await expect(page.getByRole('dialog', { name: 'New invoice' })).toBeVisible();
  await checkScreen(page, 'billing-invoice');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Record payment' }).click();
  await expect(page.getByRole('dialog', { name: 'Record a payment' })).toBeVisible();
  await checkScreen(page, 'billing-payment');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: `Void invoice ${unpaid.number}…` }).click();
  await expect(page.getByRole('dialog', { name: `Void invoice ${unpaid.number}` })).toBeVisible();
  await checkScreen(page, 'billing-void');
  await page.keyboard.press('Escape');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('heading', { name: 'Fees and billing' }).scrollIntoViewIfNeeded();
  await expect(page.getByRole('region', { name: 'Fee schedule' })).toBeVisible();
  await checkScreen(page, 'settings-fees', page.getByRole('region', { name: 'Fees and billing' }));
});
