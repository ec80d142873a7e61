import { DateTime } from 'luxon';
import { checkScreen } from './calendar-screen-check';
import { callOk, CLIENT_NAMES, seedClientsAndFees } from './calendar-seed';
import { expect, test } from './fixtures';
import { createAndOpenVault } from './flows';

test('Home: today and this week by first name, notes to sign, balances and the backup’s age', async ({
  openApp,
}) => {
  const app = await openApp();
  const { page } = app;
  await createAndOpenVault(page);
  const practice = await seedClientsAndFees(app);
  const today = DateTime.now().setZone(practice.zone);
  const book = async (clientId: string, date: DateTime, time: string) =>
    (
      await callOk(app, 'appointments:create', {
        clientId,
        date: date.toISODate()!,
        time,
        durationMinutes: 50,
        modality: 'in-person',
        serviceId: practice.services.therapy,
      })
    )[0]!;
  const earlier = await book(practice.clients.chiara, today, '08:00');
  await callOk(app, 'appointments:setStatus', { id: earlier.id, status: 'attended' });
  await callOk(app, 'appointments:startNote', { id: earlier.id });
  await callOk(app, 'invoices:create', { clientId: practice.clients.chiara, appointmentIds: [earlier.id] });
  await book(practice.clients.ada, today, '18:00');
  const laterThisWeek = today.weekday < 7 ? today.plus({ days: 1 }) : null;
  if (laterThisWeek) await book(practice.clients.noor, laterThisWeek, '12:00');
  await book(practice.clients.bashir, today.plus({ weeks: 2 }), '12:00');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Clients' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Home' }).click();
  const todayCard = page.getByRole('region', { name: 'Today' });
  await expect(todayCard).toContainText('2 appointments.');
  await expect(todayCard.getByRole('button', { name: /Chiara/ })).toContainText('Attended');
  await expect(todayCard.getByRole('button', { name: /Ada/ })).toContainText('Scheduled');
  if (laterThisWeek) await expect(todayCard.getByRole('button', { name: /نور/ })).toBeVisible();
  await expect(todayCard).not.toContainText('Bashir');
  await expect(page.getByRole('region', { name: 'Notes to sign' })).toContainText('Chiara');
  await expect(page.getByRole('region', { name: 'Balances' })).toContainText('Chiara');
  await expect(page.getByRole('region', { name: 'Goal reviews due' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Backup' })).toContainText(
    'There is no backup of this vault yet.',
  );
  for (const surname of ['Lindqvist', 'Moretti', 'الهدى', 'Rahimi']) {
    await expect(page.getByRole('main')).not.toContainText(surname);
  }
  await checkScreen(page, 'home');

  // Today's appointment opens to record how it went.
  await todayCard.getByRole('button', { name: /Ada/ }).click();
  const details = page.getByRole('dialog', { name: CLIENT_NAMES.ada });
  await details.getByRole('button', { name: 'No-show' }).click();
  await expect(details.getByText('No-show', { exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(todayCard.getByRole('button', { name: /Ada/ })).toContainText('No-show');
});
