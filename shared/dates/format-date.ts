import { dateFormat } from './app-locale';

/**
 * Days written out for a reader ("3 March 2026", or "March 3, 2026" in the United States: a
 * summary, a superbill, the app's own pages) in the app's locale, with the month as a word, never
 * as 03/03/2026, which a reader on the other side of the Atlantic would take for another day.
 * Calendar dates are formatted in UTC so the day never shifts with the machine's time zone.
 */
const LONG = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } as const;
const SHORT = { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' } as const;
const MONTH = { month: 'short', year: 'numeric', timeZone: 'UTC' } as const;
const DAY_MONTH = { day: 'numeric', month: 'short', timeZone: 'UTC' } as const;

/** Milliseconds since the epoch at UTC midnight of a YYYY-MM-DD day (or of an ISO timestamp's day). */
export function dayValue(isoDate: string): number {
  return Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`);
}

export function formatDate(isoDate: string): string {
  return isoDate ? dateFormat(LONG).format(dayValue(isoDate)) : '';
}

export function formatShortDate(isoDate: string): string {
  return isoDate ? dateFormat(SHORT).format(dayValue(isoDate)) : '';
}

export function formatMonth(isoDate: string): string {
  return dateFormat(MONTH).format(dayValue(isoDate));
}

export function formatDayMonth(isoDate: string): string {
  return dateFormat(DAY_MONTH).format(dayValue(isoDate));
}

/** The local calendar day of a moment, as YYYY-MM-DD: what "today" means to the person at the machine. */
export function localDay(moment: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/** Whole years between a date of birth and a day, or null when either is missing. */
export function ageOn(dateOfBirth: string, day: string): number | null {
  if (!dateOfBirth || !day) return null;
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const age = y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
  return age >= 0 ? age : null;
}
