import { formatDate } from '../../shared/dates/format-date';
import { checkScreen } from './calendar-screen-check';
import { callOk } from './calendar-seed';
import { expect, test } from './fixtures';
import { createAndOpenVault, goTo, PASSPHRASE } from './flows';
import { openClient } from './clients-support';
import type { LaunchedApp } from './harness';

/** A client seen long ago, discharged since: their record is past its retention date. */
async function formerClient(app: LaunchedApp, chosenName: string, sessionDate: string): Promise<string> {
  const { id } = await callOk(app, 'clients:createEnquiry', { chosenName, startAs: 'active' });
  const note = await callOk(app, 'notes:create', { clientId: id, sessionDate, format: 'DAP' });
  await callOk(app, 'notes:save', {
    id: note.id,
    baseUpdatedAt: note.updatedAt,
    content: { sessionDate, modality: 'in-person', format: 'DAP', body: { data: 'Worked on sleep.' } },
  });
  await callOk(app, 'notes:sign', { id: note.id });
  await callOk(app, 'clients:changeStatus', { id, status: 'discharged', date: sessionDate, reason: 'Ended' });
  return id;
}

test('a record past its retention date is destroyed with the passphrase, leaving an entry with ids and counts only; axe clean, light and dark, two sizes', async ({
  openApp,
}) => {
  const app = await openApp();
  const { page } = app;
  await createAndOpenVault(page);
  const gone = await formerClient(app, 'Imogen Farrow', '2014-03-03');
  await formerClient(app, 'Tomasz Wolski', '2015-09-14');

  // The client page says how the date was worked out.
  await openClient(page, 'Imogen Farrow');
  await expect(
    page.getByText(
      `Record kept until ${formatDate('2021-03-03')} (7 years after the last service on ${formatDate('2014-03-03')})`,
    ),
  ).toBeVisible();

  await goTo(page, 'Settings');
  const past = page.getByRole('region', { name: 'Past retention' });
  await expect(past.getByRole('row')).toHaveCount(3);
  await checkScreen(page, 'retention-settings', page.getByRole('region', { name: 'Records retention' }));

  await past
    .getByRole('row', { name: /Imogen Farrow/ })
    .getByRole('button', { name: 'Destroy…' })
    .click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('row', { name: 'Progress notes 1' })).toBeVisible();
  await checkScreen(page, 'retention-destroy-dialog');

  // A wrong passphrase is refused by the main side's key check; nothing goes.
  await dialog.getByLabel('Your passphrase', { exact: true }).fill('not my passphrase at all');
  await dialog.getByRole('button', { name: 'Destroy this record' }).click();
  await expect(dialog.getByText(/passphrase/i).nth(1)).toBeVisible();
  expect(await callOk(app, 'retention:destructions', {})).toEqual([]);

  await dialog.getByLabel('Your passphrase', { exact: true }).fill(PASSPHRASE);
  await dialog.getByRole('button', { name: 'Destroy this record' }).click();
  await expect(dialog.getByText('The record is destroyed.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Done' }).click();

  await expect(past.getByRole('row')).toHaveCount(2);
  await expect(past.getByText('Imogen Farrow')).toHaveCount(0);
  const log = page.getByRole('region', { name: 'Destruction log' });
  await expect(log.getByText(gone)).toBeVisible();
  await expect(log.getByText(/Progress notes: 1/)).toBeVisible();
  await expect(log).not.toContainText('Imogen');
  const [entry] = await callOk(app, 'retention:destructions', {});
  expect(entry).toMatchObject({ clientId: gone, billing: 'removed', overrideReason: '' });
  expect(JSON.stringify(entry)).not.toContain('Imogen');
});
