import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { book, callOk, CLIENT_NAMES, openPractice } from './calendar-seed';
import { expect, test } from './fixtures';
import { tabTo } from './calendar-keyboard';
import { holdAnswers } from './hold-answers';
import type { LaunchedApp } from './harness';
import { dayField, fillClock, fillDay } from './day-fields';

async function openCalendar(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Calendar' }).click();
  await expect(page.getByRole('heading', { name: 'Calendar', level: 1 })).toBeVisible();
}

function block(page: Page, name: RegExp | string): Locator {
  return page.locator('.time-grid').getByRole('button', { name });
}

async function seriesFor(app: LaunchedApp, clientId: string) {
  return (await callOk(app, 'appointments:forClient', { clientId })).sort((a, b) =>
    a.startsAt.localeCompare(b.startsAt),
  );
}

test('schedule a weekly series, mark attendance with a late cancellation, and write the note from the appointment', async ({
  openApp,
}) => {
  const { app, page, practice } = await openPractice(openApp);
  const monday = practice.monday.toISODate()!;
  await openCalendar(page);

  await page.getByRole('button', { name: 'New appointment' }).click();
  const dialog = page.getByRole('dialog', { name: 'New appointment' });
  await dialog.getByRole('combobox', { name: 'Client' }).fill('Ada');
  await page.getByRole('option', { name: CLIENT_NAMES.ada }).click();
  await fillDay(dayField(dialog, 'Date'), monday);
  await fillClock(dayField(dialog, 'Start'), '10:00');
  await dialog.getByRole('button', { name: /Service$/ }).click();
  await page.getByRole('option', { name: 'Individual therapy (90834)' }).click();
  await dialog.getByLabel('Location').fill('Room 2');
  await dialog.getByRole('button', { name: /Repeat$/ }).click();
  await page.getByRole('option', { name: 'Every week' }).click();
  await dialog.getByRole('textbox', { name: 'Number of sessions' }).fill('6');
  await dialog.getByRole('button', { name: 'Book series' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: '6 appointments booked.' })).toBeVisible();

  const series = await seriesFor(app, practice.clients.ada);
  expect(series).toHaveLength(6);
  expect(new Set(series.map((a) => a.seriesId)).size).toBe(1);
  expect(series.map((a) => a.localTime)).toEqual(Array(6).fill('10:00'));
  expect(series.map((a) => a.durationMinutes)).toEqual(Array(6).fill(50));
  expect(series[1]!.localDate).toBe(practice.monday.plus({ weeks: 1 }).toISODate());

  // Attended: the appointment offers its note, which opens on the client's Notes tab.
  await block(page, /Ada Lindqvist/).click();
  const details = page.getByRole('dialog', { name: CLIENT_NAMES.ada });
  await details.getByRole('button', { name: 'Attended' }).click();
  await expect(details.getByText('Attended', { exact: true })).toBeVisible();
  await expect(block(page, /Ada Lindqvist/)).toContainText('Attended');
  await details.getByRole('button', { name: 'Write note' }).click();
  await expect(page.getByRole('heading', { name: CLIENT_NAMES.ada, level: 1 })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Notes', selected: true })).toBeVisible();
  await expect(page.getByRole('button', { name: '← All notes' })).toBeVisible();
  const [attended] = await seriesFor(app, practice.clients.ada);
  const notes = await callOk(app, 'notes:list', { clientId: practice.clients.ada });
  expect(notes.map((n) => n.id)).toEqual([attended!.noteId]);

  // The next week's session is cancelled late, with a reason; the grid says so in words too.
  await openCalendar(page);
  await page.getByRole('button', { name: 'Next week' }).click();
  await block(page, /Ada Lindqvist/).click();
  await details.getByRole('button', { name: 'Cancelled…' }).click();
  await details.getByRole('button', { name: 'Record cancellation' }).click();
  await expect(details.getByText('Choose whether the cancellation was late.')).toBeVisible();
  await expect(details.getByText('Note why the session was cancelled.')).toBeVisible();
  await details.getByText('Late cancellation', { exact: true }).click();
  await details.getByLabel('Reason').fill('Car broke down');
  await details.getByRole('button', { name: 'Record cancellation' }).click();
  await expect(details.getByText('Late cancellation', { exact: true })).toBeVisible();
  await expect(details.getByText('Car broke down')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(block(page, /Ada Lindqvist/)).toContainText('Late cancellation');

  // The other sessions stay scheduled; the cancellation is on the client's page as clinical information.
  const after = await seriesFor(app, practice.clients.ada);
  expect(after.map((a) => a.status)).toEqual([
    'attended',
    'cancelled-late',
    'scheduled',
    'scheduled',
    'scheduled',
    'scheduled',
  ]);
  expect(after[1]!.statusReason).toBe('Car broke down');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Clients' }).click();
  await page.getByText(CLIENT_NAMES.ada).click();
  await page.getByRole('tab', { name: 'Billing' }).click();
  const counts = page.getByRole('list', { name: 'Attendance over the last twelve months' });
  await expect(counts).toContainText('1 attended');
  await expect(counts).toContainText('1 late cancellation');
  await expect(page.getByRole('table', { name: 'Past' })).toContainText('Car broke down');
});

test('edit one occurrence of a series, then this and all following', async ({ openApp }) => {
  const { app, page, practice } = await openPractice(openApp);
  await book(app, {
    clientId: practice.clients.ada,
    date: practice.monday.toISODate()!,
    time: '10:00',
    repeat: { everyWeeks: 1, count: 5 },
  });
  await openCalendar(page);

  // Week 2 only: 11:00 instead of 10:00.
  await page.getByRole('button', { name: 'Next week' }).click();
  await block(page, /Ada Lindqvist/).click();
  await page.getByRole('button', { name: 'Edit or move…' }).click();
  let edit = page.getByRole('dialog', { name: 'Edit appointment' });
  await fillClock(dayField(edit, 'Start'), '11:00');
  await expect(edit.getByRole('radio', { name: 'This appointment only' })).toBeChecked();
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Appointment changed.' })).toBeVisible();
  await expect(block(page, /Ada Lindqvist/)).toContainText('11:00');

  // From week 3 on: Tuesdays.
  await page.getByRole('button', { name: 'Next week' }).click();
  await block(page, /Ada Lindqvist/).click();
  await page.getByRole('button', { name: 'Edit or move…' }).click();
  edit = page.getByRole('dialog', { name: 'Edit appointment' });
  await fillDay(dayField(edit, 'Date'), practice.monday.plus({ weeks: 2, days: 1 }).toISODate()!);
  await edit.getByText('This and all following', { exact: true }).click();
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: '3 appointments changed.' })).toBeVisible();

  const series = await seriesFor(app, practice.clients.ada);
  const weekday = (date: string) => new Date(`${date}T12:00:00Z`).getUTCDay();
  expect(series.map((a) => [weekday(a.localDate), a.localTime])).toEqual([
    [1, '10:00'],
    [1, '11:00'],
    [2, '10:00'],
    [2, '10:00'],
    [2, '10:00'],
  ]);
  expect(series[4]!.localDate).toBe(practice.monday.plus({ weeks: 4, days: 1 }).toISODate());
});

test('drag an appointment to another day and time in the week view; a series asks how far', async ({
  openApp,
}) => {
  const { app, page, practice } = await openPractice(openApp);
  const tuesday = practice.monday.plus({ days: 1 }).toISODate()!;
  const [single] = await book(app, {
    clientId: practice.clients.bashir,
    date: tuesday,
    time: '14:00',
    modality: 'video',
  });
  await book(app, {
    clientId: practice.clients.chiara,
    date: practice.monday.toISODate()!,
    time: '09:00',
    repeat: { everyWeeks: 2, count: 3 },
  });
  await openCalendar(page);

  const dragBy = async (target: Locator, days: number, hours: number) => {
    const box = (await target.boundingBox())!;
    const column = (await page.locator('[data-day-column]').first().boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + 10;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + 10, y + 10, { steps: 2 });
    await page.mouse.move(x + days * column.width, y + hours * 56, { steps: 8 });
    await page.mouse.up();
  };

  await dragBy(block(page, /Bashir Rahimi/), 1, 1);
  await expect(page.getByRole('status').filter({ hasText: /^Moved to .* at 15:00\.$/ })).toBeVisible();
  const moved = (await callOk(app, 'appointments:forClient', { clientId: practice.clients.bashir }))[0]!;
  expect(moved.id).toBe(single!.id);
  expect([moved.localDate, moved.localTime]).toEqual([
    practice.monday.plus({ days: 2 }).toISODate(),
    '15:00',
  ]);
  await expect(page.getByRole('dialog')).toBeHidden();

  await dragBy(block(page, /Chiara Moretti/), 0, 2);
  const ask = page.getByRole('dialog', { name: 'Move a repeating appointment' });
  await expect(ask).toContainText('at 11:00');
  await ask.getByText('This and all following', { exact: true }).click();
  await ask.getByRole('button', { name: 'Move', exact: true }).click();
  await expect(ask).toBeHidden();
  const chiara = await seriesFor(app, practice.clients.chiara);
  expect(chiara.map((a) => a.localTime)).toEqual(['11:00', '11:00', '11:00']);
  expect(chiara[1]!.localDate).toBe(practice.monday.plus({ weeks: 2 }).toISODate());
});

test('the client picker takes typing before its list has arrived, then shows the matches', async ({
  openApp,
}) => {
  const { app, page } = await openPractice(openApp);
  await openCalendar(page);
  const release = holdAnswers(app, 'clients:list');
  await page.getByRole('button', { name: 'New appointment' }).click();
  const booking = page.getByRole('dialog', { name: 'New appointment' });
  await expect(booking.getByRole('combobox', { name: 'Client' })).toBeFocused();
  await page.keyboard.type('Bash');
  await expect(page.getByText('Loading clients…')).toBeVisible();
  release();
  await expect(page.getByRole('option', { name: CLIENT_NAMES.bashir })).toBeVisible();
  await page.keyboard.type('xyz');
  await expect(page.getByText('No client matches.')).toBeVisible();
});

test('book, mark and move appointments with the keyboard alone', async ({ openApp }) => {
  const { app, page, practice } = await openPractice(openApp);
  await book(app, {
    clientId: practice.clients.dong,
    date: practice.monday.plus({ days: 3 }).toISODate()!,
    time: '16:00',
    modality: 'phone',
  });

  await tabTo(page, page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Calendar' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Calendar', level: 1 })).toBeFocused();
  await tabTo(page, block(page, /Dong-hyun Park/));
  await page.keyboard.press('Enter');
  const details = page.getByRole('dialog', { name: CLIENT_NAMES.dong });
  await expect(details).toBeVisible();
  await tabTo(page, details.getByRole('button', { name: 'Edit or move…' }));
  await page.keyboard.press('Enter');
  const edit = page.getByRole('dialog', { name: 'Edit appointment' });
  await tabTo(page, dayField(edit, 'Start').getByRole('spinbutton').first());
  // The hour is the first part of a time input in every locale: one step up is an hour later.
  await page.keyboard.press('ArrowUp');
  await tabTo(page, edit.getByRole('button', { name: 'Save changes' }));
  await page.keyboard.press('Enter');
  await expect(edit).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Appointment changed.' })).toBeVisible();
  // Focus goes back to the appointment that was opened, not to the top of the page.
  await expect(block(page, /Dong-hyun Park/)).toBeFocused();
  const [after] = await callOk(app, 'appointments:forClient', { clientId: practice.clients.dong });
  expect(after!.localTime).toBe('17:00');

  // Book one: the client picker takes typing and arrow keys; the rest keeps its defaults.
  await tabTo(page, page.getByRole('button', { name: 'New appointment' }));
  await page.keyboard.press('Enter');
  const booking = page.getByRole('dialog', { name: 'New appointment' });
  await expect(booking.getByRole('combobox', { name: 'Client' })).toBeFocused();
  await page.keyboard.type('Bash');
  await expect(page.getByRole('option', { name: CLIENT_NAMES.bashir })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(booking.getByRole('combobox', { name: 'Client' })).toHaveValue(CLIENT_NAMES.bashir);
  await tabTo(page, booking.getByRole('button', { name: 'Book appointment' }));
  await page.keyboard.press('Enter');
  await expect(booking).toBeHidden();
  const [booked] = await callOk(app, 'appointments:forClient', { clientId: practice.clients.bashir });
  expect(booked).toMatchObject({ localTime: '09:00', status: 'scheduled' });

  // And record how it went.
  await tabTo(page, page.getByRole('button', { name: 'Today' }));
  await page.keyboard.press('Enter');
  await tabTo(page, block(page, /Bashir Rahimi/));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: 'Attended' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Write note' })).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Write note' }));
  await page.keyboard.press('Escape');
  await expect(block(page, /Bashir Rahimi/)).toContainText('Attended');
  await expect(block(page, /Bashir Rahimi/)).toBeFocused();
});

test('export .ics: no client names unless the clinician ticks the box', async ({ openApp }) => {
  const { app, page, practice } = await openPractice(openApp);
  await book(app, {
    clientId: practice.clients.ada,
    date: practice.monday.toISODate()!,
    time: '10:00',
    location: 'Room 2',
    repeat: { everyWeeks: 1, count: 3 },
  });
  await openCalendar(page);

  const exportOnce = async () => {
    const dialog = page.getByRole('dialog', { name: 'Export to a calendar file' });
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export .ics' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^appointments-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.ics$/);
    await expect(dialog.getByText('3 appointments exported.')).toBeVisible();
    return readFileSync((await file.path())!, 'utf8');
  };

  await page.getByRole('button', { name: 'Export .ics' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export to a calendar file' });
  await expect(dialog.getByRole('checkbox', { name: 'Include client names' })).not.toBeChecked();
  const plain = await exportOnce();
  expect(plain).toContain('BEGIN:VCALENDAR');
  expect(plain.match(/BEGIN:VEVENT/g)).toHaveLength(3);
  expect(plain).toContain('SUMMARY:Client session');
  expect(plain).not.toContain('Ada');
  expect(plain).not.toContain('Lindqvist');

  await dialog.getByText('Include client names').click();
  const named = await exportOnce();
  expect(named).toContain('SUMMARY:Session: Ada Lindqvist');

  // Opened again, the dialog starts afresh: no word of the last export.
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Export .ics' }).click();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeVisible();
  await expect(dialog.getByText('3 appointments exported.')).toHaveCount(0);
});
