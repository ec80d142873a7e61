import { DateTime } from 'luxon';

/*
 * Days and times in the practice's time zone, with luxon. Dates travel as ISO calendar dates
 * ("2026-03-14") and times as "HH:mm", exactly what the schedule contract takes; only the display
 * uses the clinician's locale. The calendar, billing and Home all read appointments this way.
 */

export function todayIn(zone: string): string {
  return DateTime.now().setZone(zone).toISODate()!;
}

export function addDays(date: string, days: number): string {
  return DateTime.fromISO(date).plus({ days }).toISODate()!;
}

/** The Monday on or before a date. */
export function weekStart(date: string): string {
  return DateTime.fromISO(date).startOf('week').toISODate()!;
}

export function clockFromMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

export function minutesFromClock(clock: string): number {
  const [h = '0', m = '0'] = clock.split(':');
  return Number(h) * 60 + Number(m);
}

function fromDate(date: string): DateTime {
  return DateTime.fromISO(date);
}

/** "Tue 14" for a column heading. */
export function shortDay(date: string): { weekday: string; day: string } {
  const d = fromDate(date);
  return { weekday: d.toLocaleString({ weekday: 'short' }), day: d.toLocaleString({ day: 'numeric' }) };
}

/** "Tuesday" */
export function weekdayName(date: string): string {
  return fromDate(date).toLocaleString({ weekday: 'long' });
}

/** "Tuesday 14 January" */
export function longDay(date: string): string {
  return fromDate(date).toLocaleString({ weekday: 'long', day: 'numeric', month: 'long' });
}

/** "Tuesday 14 January 2026" */
export function fullDay(date: string): string {
  return fromDate(date).toLocaleString({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
}

/** "14 Jan 2026" for lists. */
export function mediumDay(date: string): string {
  return fromDate(date).toLocaleString({ day: 'numeric', month: 'short', year: 'numeric' });
}

/** "14 Jan" this year, "14 Jan 2025" otherwise: for dense tables. */
export function compactDay(date: string, today: string): string {
  const d = fromDate(date);
  return d.toLocaleString(
    date.slice(0, 4) === today.slice(0, 4)
      ? { day: 'numeric', month: 'short' }
      : { day: 'numeric', month: 'short', year: 'numeric' },
  );
}

export function clockLabel(minutes: number): string {
  return DateTime.fromObject({ hour: Math.floor(minutes / 60), minute: minutes % 60 }).toLocaleString(
    DateTime.TIME_SIMPLE,
  );
}
