import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { ChromiumSummaryPrinter } from '../../electron/core/features/pdf/chromium-printer';
import { pdfInfo, pdfText, squash } from '../unit/support/pdf-tools';
import { checkScreen } from './calendar-screen-check';
import { dayField, fillDay } from './day-fields';
import { expect, makeTempDir, test } from './fixtures';
import { createAndOpenVault, goTo } from './flows';
import { callOk, openClientTab } from './goals-support';

const ZONE = 'Europe/Lisbon';
const PASSWORD = 'harbour lantern 42';

function dayInZone(offset: number): string {
  return DateTime.now().setZone(ZONE).plus({ days: offset }).toISODate()!;
}

test('log, extend and deny an amendment with the client’s disagreement, and print the letter', async ({
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
    await callOk(app, 'billing:updateSettings', { timeZone: ZONE });
    await callOk(app, 'practice:update', {
      clinicianName: 'Dr Ana Ríos',
      practiceName: 'Harbour Street Counselling',
    });
    const { id: clientId } = await callOk(app, 'clients:createEnquiry', { chosenName: 'Mariam Haddad' });
    const sessionDate = dayInZone(-70);
    const note = await callOk(app, 'notes:create', { clientId, sessionDate, format: 'DAP' });
    await callOk(app, 'notes:save', {
      id: note.id,
      baseUpdatedAt: note.updatedAt,
      content: {
        sessionDate,
        modality: 'in-person',
        format: 'DAP',
        body: { data: 'Raised her voice twice.' },
      },
    });
    await callOk(app, 'notes:sign', { id: note.id });
    // Two earlier requests: one five days from its deadline, one overdue; both on Home.
    for (const [days, change] of [
      [-55, 'Correct the year of the move'],
      [-65, 'Remove the line about my brother'],
    ] as const) {
      await callOk(app, 'amendments:log', {
        clientId,
        receivedOn: dayInZone(days),
        recordPart: 'Intake history',
        requestedChange: change,
      });
    }
    // Written behind the screen's back: Home is opened afresh to read them.
    await goTo(page, 'Clients');
    await goTo(page, 'Home');
    const due = page.getByRole('region', { name: 'Amendment requests due' });
    await expect(due).toContainText('Mariam');
    await expect(due).toContainText('5 days left');
    await expect(due).toContainText('Overdue by 5 days');
    await expect(due).not.toContainText('Haddad');
    await checkScreen(page, 'home-amendments');

    await openClientTab(page, 'Mariam Haddad', 'Notes');
    const panel = page.getByRole('region', { name: 'Amendment requests' });
    await panel.getByRole('button', { name: 'Log a request' }).click();
    const log = page.getByRole('dialog', { name: 'Log an amendment request' });
    await log.getByText(/DAP note of/).click();
    await log.getByLabel('What the client asks to change').fill('Take out that I raised my voice.');
    await log.getByLabel("Why, in the client's words (optional)").fill('I was upset, not shouting.');
    await checkScreen(page, 'amendment-log');
    await log.getByRole('button', { name: 'Log request' }).click();
    await expect(log).toBeHidden();
    const today = dayInZone(0);
    const request = panel.getByRole('article').filter({ hasText: 'Take out that I raised my voice.' });
    await expect(request).toContainText('Decision due by');
    await expect(request).toContainText('Take out that I raised my voice.');

    await request.getByRole('button', { name: 'Extend 30 days' }).click();
    const extend = page.getByRole('dialog', { name: 'Extend the deadline by 30 days' });
    await extend.getByLabel('Why more time is needed').fill('Waiting for the co-worker’s session record.');
    await extend.getByRole('button', { name: 'Extend' }).click();
    await expect(extend).toBeHidden();
    await expect(request).toContainText('(extended)');

    await request.getByRole('button', { name: 'Decide' }).click();
    const decide = page.getByRole('dialog', { name: 'Decide the amendment request' });
    await decide.getByText('Deny', { exact: true }).click();
    await decide.getByLabel('Reason for the denial').fill('The note records what was observed, accurately.');
    await decide
      .getByLabel("Client's statement of disagreement (optional)")
      .fill('I was upset, and the note makes it sound like anger.');
    await fillDay(dayField(decide, 'Statement made on'), today);
    await decide.getByLabel('Your rebuttal (optional)').fill('Both raised moments are quoted in the note.');
    await checkScreen(page, 'amendment-deny');
    await decide.getByRole('button', { name: 'Deny the request' }).click();
    await expect(decide).toBeHidden();
    await expect(request).toContainText('Denied on');
    await expect(request).toContainText('I was upset, and the note makes it sound like anger.');
    await expect(request.getByRole('button', { name: 'Decide' })).toHaveCount(0);
    await checkScreen(page, 'amendments-panel');

    await request.getByRole('button', { name: 'Letter to the client…' }).click();
    const letter = page.getByRole('dialog', { name: 'Letter to the client' });
    const body = letter.getByRole('textbox', { name: 'Letter', exact: true });
    await expect(body).toHaveValue(/Dear Mariam Haddad,/);
    await expect(body).toHaveValue(/Your rights:/);
    await body.fill(`${await body.inputValue()}\n\nPS: you may call me to talk this through.`);
    await letter.getByRole('textbox', { name: 'Password for the file' }).fill(PASSWORD);
    await letter.getByRole('textbox', { name: 'Type the password again' }).fill(PASSWORD);
    await checkScreen(page, 'amendment-letter');
    await letter.getByRole('button', { name: 'Save as PDF…' }).click();
    await expect(letter).toBeHidden({ timeout: 120_000 });
    await expect(panel.getByRole('status')).toContainText(/Letter saved as amendment-letter-.*protected/);
    expect(offered).toEqual([`amendment-letter-${DateTime.now().toISODate()}.pdf`]);
    const file = join(saveDir, offered[0]!);
    const info = pdfInfo(file, PASSWORD);
    expect(info.Title).toBe('Letter');
    expect(JSON.stringify(info)).not.toContain('Mariam');
    const text = squash(pdfText(file, { password: PASSWORD }).stdout);
    for (const line of [
      'Harbour Street Counselling',
      'Dear Mariam Haddad,',
      'The note records what was observed, accurately.',
      'Your rights:',
      'PS: you may call me to talk this through.',
    ]) {
      expect(text).toContain(squash(line));
    }

    // The note itself shows the request and both statements under it.
    await page.getByRole('button', { name: /DAP/ }).first().click();
    const under = page.getByRole('region', { name: 'Amendment requests about this note' });
    await expect(under).toContainText('Denied on');
    await expect(under).toContainText('Both raised moments are quoted in the note.');
  } finally {
    await printer.close();
  }
});

test('tomorrow’s reminders: an .ics saved and read back, a message copied, each marked sent', async ({
  openApp,
}) => {
  const saveDir = makeTempDir();
  const app = await openApp({
    summaryExport: {
      printer: { print: () => Promise.reject(new Error('No PDF in this test.')) },
      choosePath: async (suggested) => join(saveDir, suggested),
    },
  });
  const { page } = app;
  await createAndOpenVault(page);
  await callOk(app, 'billing:updateSettings', { timeZone: ZONE });
  await callOk(app, 'practice:update', { clinicianName: 'Dr Ana Ríos' });
  const tomorrow = dayInZone(1);
  for (const [name, time, location] of [
    ['Noor Haddad', '09:30', 'Room 2, Rua das Flores; 1st floor'],
    ['Tomás Vieira', '16:00', 'Room 1'],
  ] as const) {
    const { id } = await callOk(app, 'clients:createEnquiry', { chosenName: name });
    await callOk(app, 'appointments:create', {
      clientId: id,
      date: tomorrow,
      time,
      durationMinutes: 50,
      modality: 'in-person',
      location,
    });
  }

  await goTo(page, 'Settings');
  const settings = page.getByRole('region', { name: 'Appointment reminders' });
  await settings.getByRole('textbox', { name: 'Subject' }).fill('{name}: appointment on {date}');
  await settings.getByRole('button', { name: 'Save reminder message' }).click();
  await expect(settings).toContainText('Remove {name} from the subject');
  await settings.getByRole('textbox', { name: 'Subject' }).fill('Appointment on {date} at {time}');
  await settings.getByRole('button', { name: 'Save reminder message' }).click();
  await expect(settings.getByRole('status')).toContainText('Saved.');
  await checkScreen(page, 'settings-reminders', settings);

  await goTo(page, 'Home');
  const card = page.getByRole('region', { name: 'Reminders for tomorrow' });
  await expect(card).toContainText('Europe/Lisbon time. 2 to send.');
  const first = card.getByRole('listitem').filter({ hasText: 'Noor' });
  await first.getByRole('button', { name: 'Save .ics' }).click();
  await expect(card.getByRole('status')).toContainText(`Saved appointment-reminder-${tomorrow}.ics.`);
  const ics = readFileSync(join(saveDir, `appointment-reminder-${tomorrow}.ics`), 'utf8');
  const start = DateTime.fromISO(`${tomorrow}T09:30`, { zone: ZONE })
    .toUTC()
    .toFormat("yyyyMMdd'T'HHmmss'Z'");
  expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
  expect(ics).toContain(`DTSTART:${start}\r\n`);
  expect(ics).toContain('LOCATION:Room 2\\, Rua das Flores\\; 1st floor\r\n');
  expect(ics).toContain('BEGIN:VALARM\r\nACTION:DISPLAY\r\n');
  expect(ics).not.toContain('Noor');

  await first.getByRole('button', { name: 'Copy message' }).click();
  await expect(card.getByRole('status')).toContainText('Reminder copied');
  const copied = await page.evaluate(() =>
    (
      globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }
    ).navigator.clipboard.readText(),
  );
  const [subject] = copied.split('\n');
  expect(subject).toMatch(/^Appointment on .* at /);
  expect(subject).not.toContain('Noor');
  expect(copied).toContain('Hello Noor Haddad,');
  expect(copied).toContain('Dr Ana Ríos');

  await first.getByText('Sent', { exact: true }).click();
  await expect(card).toContainText('1 to send.');
  await checkScreen(page, 'home-reminders');
  const stored = await callOk(app, 'reminders:tomorrow', {});
  expect(stored.reminders.map((r) => r.sentAt !== null)).toEqual([true, false]);
});
