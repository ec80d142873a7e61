import { z } from 'zod';

/**
 * Whether YYYY-MM-DD names a day on the calendar: no 30 February, and 29 February only in a leap
 * year. Date.parse would roll 2026-02-30 over to 2 March rather than refuse it, so the day is built
 * and read back. (luxon's parser did the same job at ~20 µs a call, on every date of every save.)
 */
export function isCalendarDate(text: string): boolean {
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  const day = Number(text.slice(8, 10));
  const date = new Date(0);
  // setUTCFullYear takes years below 100 as they are (Date.UTC would read 0024 as 1924).
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a full date.')
  .refine(isCalendarDate, 'That date does not exist.');
