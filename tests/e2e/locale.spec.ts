import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import { DateTime } from 'luxon';
import { book, callOk, CLIENT_NAMES, openPractice } from './calendar-seed';
import { dayField, fillClock, fillDay } from './day-fields';
import { expect, test } from './fixtures';
import { SCREENS_DIR } from './goals-support';
import { onlyNote, openNotes, vaultWithClient } from './notes-support';

/*
 * The system's locale decides how every date and time is typed and written: the harness gives it
 * to the browser context and to the core, as the shell reads it from the OS and hands it over.
 * Within one locale the fields and the written dates agree; the two locales differ.
 */
const LOCALES = {
  'en-GB': {
    dayParts: ['day', 'month', 'year'],
    clockParts: ['hour', 'minute'],
    typedDay: '02/03/2026',
    typedClock: '14:30',
    sessionTitle: 'Session on 2 March 2026',
    listedDay: '2 Mar 2026',
    writtenRange: '14:30–15:20',
  },
  'en-US': {
    dayParts: ['month', 'day', 'year'],
    clockParts: ['hour', 'minute', 'dayPeriod'],
    typedDay: '3/2/2026',
    typedClock: '2:30 PM',
    sessionTitle: 'Session on March 2, 2026',
    listedDay: 'Mar 2, 2026',
    writtenRange: '2:30 PM–3:20 PM',
  },
} as const;

/** Intl and react-aria put invisible marks and narrow spaces around parts: compare the visible text. */
async function shown(field: Locator): Promise<string> {
  const text = (await field.textContent()) ?? '';
  return text.replace(/[\u2066-\u2069\u200e\u200f]/g, '').replace(/[\u202f\u00a0]/g, ' ');
}

function parts(field: Locator): Promise<(string | null)[]> {
  return field
    .getByRole('spinbutton')
    .evaluateAll((segments: { getAttribute(name: string): string | null }[]) =>
      segments.map((s) => s.getAttribute('data-type')),
    );
}

for (const [locale, expected] of Object.entries(LOCALES)) {
  test(`dates and times in ${locale}: the fields and the written dates agree`, async ({ openApp }) => {
    mkdirSync(SCREENS_DIR, { recursive: true });
    const app = await openApp({ locale });
    const { page } = app;
    const clientId = await vaultWithClient(app);

    // The note editor: the session's day and times typed in the locale's order and clock.
    await openNotes(page);
    await page.getByRole('button', { name: 'New note' }).first().click();
    const date = dayField(page, 'Session date');
    const start = dayField(page, 'Start');
    await fillDay(date, '2026-03-02');
    await fillClock(start, '14:30');
    await fillClock(dayField(page, 'End'), '15:20');
    expect(await parts(date)).toEqual(expected.dayParts);
    expect(await parts(start)).toEqual(expected.clockParts);
    expect(await shown(date)).toBe(expected.typedDay);
    expect(await shown(start)).toBe(expected.typedClock);
    await expect
      .poll(async () => {
        const note = await onlyNote(app, clientId);
        return [note.sessionDate, note.startTime, note.endTime];
      })
      .toEqual(['2026-03-02', '14:30', '15:20']);
    await expect(page.getByText(expected.sessionTitle, { exact: true })).toBeVisible();
    await page.locator('main').evaluate((main: { scrollTop: number }) => (main.scrollTop = 0));
    await page.screenshot({
      path: join(SCREENS_DIR, `locale-${locale}-note-editor.png`),
      animations: 'disabled',
    });

    // The list of notes writes the same day and times.
    await openNotes(page);
    const listed = page.getByRole('list', { name: 'Notes by session date' }).getByRole('listitem');
    await expect(listed).toHaveCount(1);
    const listedText = (await listed.innerText())
      .replace(/[\u2066-\u2069]/g, '')
      .replace(/[\u202f\u00a0]/g, ' ');
    expect(listedText).toContain(expected.listedDay);
    expect(listedText).toContain(expected.writtenRange);
  });

  test(`the appointment form and the calendar in ${locale} agree`, async ({ openApp }) => {
    mkdirSync(SCREENS_DIR, { recursive: true });
    const { app, page, practice } = await openPractice(() => openApp({ locale }));
    const tuesday = practice.monday.plus({ days: 1 });
    await book(app, { clientId: practice.clients.ada, date: tuesday.toISODate()!, time: '14:30' });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Calendar' }).click();
    await expect(page.getByRole('heading', { name: 'Calendar', level: 1 })).toBeVisible();

    // The week's heading and the booked session's time, written in the locale.
    const sunday = practice.monday.plus({ days: 6 }).setLocale(locale);
    await expect(
      page
        .getByText(sunday.toLocaleString({ day: 'numeric', month: 'long', year: 'numeric' }), {
          exact: false,
        })
        .first(),
    ).toBeVisible();
    const block = page.locator('.time-grid').getByRole('button', { name: new RegExp(CLIENT_NAMES.ada) });
    const blockText = (await block.innerText()).replace(/[\u202f\u00a0]/g, ' ');
    expect(blockText).toContain(expected.typedClock);

    await page.getByRole('button', { name: 'New appointment' }).click();
    const dialog = page.getByRole('dialog', { name: 'New appointment' });
    const date = dayField(dialog, 'Date');
    const start = dayField(dialog, 'Start');
    await fillDay(date, tuesday.toISODate()!);
    await fillClock(start, '14:30');
    expect(await parts(date)).toEqual(expected.dayParts);
    expect(await parts(start)).toEqual(expected.clockParts);
    const typedDay = DateTime.fromISO(tuesday.toISODate()!)
      .setLocale(locale)
      .toLocaleString(DateTime.DATE_SHORT);
    expect(await shown(date)).toBe(typedDay.replace(/[\u202f\u00a0]/g, ' '));
    expect(await shown(start)).toBe(expected.typedClock);
    await page.screenshot({
      path: join(SCREENS_DIR, `locale-${locale}-appointment-form.png`),
      animations: 'disabled',
    });
    expect((await callOk(app, 'appointments:forClient', { clientId: practice.clients.ada })).length).toBe(1);
  });
}
