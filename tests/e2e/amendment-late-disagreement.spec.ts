import { DateTime } from 'luxon';
import { checkScreen } from './calendar-screen-check';
import { dayField, fillDay } from './day-fields';
import { expect, test } from './fixtures';
import { createAndOpenVault } from './flows';
import { callOk, openClientTab } from './goals-support';

const ZONE = 'Europe/Lisbon';

function dayInZone(offset: number): string {
  return DateTime.now().setZone(ZONE).plus({ days: offset }).toISODate()!;
}

test('a statement of disagreement that comes after the denial, then the rebuttal, each added once', async ({
  openApp,
}) => {
  const app = await openApp();
  const { page } = app;
  await createAndOpenVault(page);
  await callOk(app, 'billing:updateSettings', { timeZone: ZONE });
  const { id: clientId } = await callOk(app, 'clients:createEnquiry', { chosenName: 'Mariam Haddad' });
  const sessionDate = dayInZone(-70);
  const note = await callOk(app, 'notes:create', { clientId, sessionDate, format: 'DAP' });
  await callOk(app, 'notes:save', {
    id: note.id,
    baseUpdatedAt: note.updatedAt,
    content: { sessionDate, modality: 'in-person', format: 'DAP', body: { data: 'Raised her voice twice.' } },
  });
  await callOk(app, 'notes:sign', { id: note.id });
  const { id } = await callOk(app, 'amendments:log', {
    clientId,
    receivedOn: dayInZone(-40),
    noteIds: [note.id],
    requestedChange: 'Take out that I raised my voice.',
  });
  // Denied weeks ago, with no statement: the client's came later.
  await callOk(app, 'amendments:deny', {
    id,
    decidedOn: dayInZone(-20),
    denialReason: 'The note records what was observed.',
  });

  await openClientTab(page, 'Mariam Haddad', 'Notes');
  const panel = page.getByRole('region', { name: 'Amendment requests' });
  const request = panel.getByRole('article').filter({ hasText: 'Take out that I raised my voice.' });
  await expect(request).toContainText('Denied on');
  await expect(request.getByRole('button', { name: 'Add your rebuttal…' })).toHaveCount(0);

  await request.getByRole('button', { name: 'Add the client’s statement…' }).click();
  const statement = page.getByRole('dialog', { name: 'Add the client’s statement of disagreement' });
  await statement.getByRole('button', { name: 'Keep the statement' }).click();
  await expect(statement).toContainText("Write the client's statement of disagreement.");
  await statement
    .getByRole('textbox', { name: 'Client’s statement of disagreement' })
    .fill('I was upset, and the note makes it sound like anger.');
  await fillDay(dayField(statement, 'Statement made on'), dayInZone(-3));
  await checkScreen(page, 'amendment-late-statement');
  await statement.getByRole('button', { name: 'Keep the statement' }).click();
  await expect(statement).toBeHidden();
  await expect(request).toContainText('I was upset, and the note makes it sound like anger.');
  await expect(request.getByRole('button', { name: 'Add the client’s statement…' })).toHaveCount(0);

  await request.getByRole('button', { name: 'Add your rebuttal…' }).click();
  const rebuttal = page.getByRole('dialog', { name: 'Add your rebuttal' });
  await rebuttal
    .getByRole('textbox', { name: 'Your rebuttal' })
    .fill('Both raised moments are quoted in the note.');
  await rebuttal.getByRole('button', { name: 'Keep the rebuttal' }).click();
  await expect(rebuttal).toBeHidden();
  await expect(request).toContainText('Both raised moments are quoted in the note.');
  await expect(request.getByRole('button', { name: /Add / })).toHaveCount(0);
  await checkScreen(page, 'amendment-late-panel');

  // The note shows the request with both statements under it.
  await page.getByRole('button', { name: /DAP/ }).first().click();
  const under = page.getByRole('region', { name: 'Amendment requests about this note' });
  await expect(under).toContainText('I was upset, and the note makes it sound like anger.');
  await expect(under).toContainText('Both raised moments are quoted in the note.');
});
