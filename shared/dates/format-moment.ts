import { dateFormat } from './app-locale';

/*
 * Moments (ISO timestamps) and stored days in the clinician's own time zone and the app's locale: when a note
 * was signed, a draft saved, an appointment is next. Days written out in full for a reader (a
 * summary, a superbill) are in format-date.ts; the practice's time zone is in practice-time.ts.
 */
const MOMENT = { dateStyle: 'medium', timeStyle: 'short' } as const;
const TIME = { timeStyle: 'short' } as const;
const DAY = { dateStyle: 'medium' } as const;

/** "12 Mar 2026, 14:32" (in the clinician's locale): signings, addenda, history entries. */
export function formatMoment(iso: string): string {
  return dateFormat(MOMENT).format(new Date(iso));
}

/** Just the time for something from today ("14:32"); the date too for anything older. */
export function formatSavedAt(iso: string, now: Date = new Date()): string {
  const moment = new Date(iso);
  return moment.toDateString() === now.toDateString()
    ? dateFormat(TIME).format(moment)
    : dateFormat(MOMENT).format(moment);
}

/** The local calendar day of a moment (an ISO timestamp), e.g. "12 Mar 2026". */
export function formatDay(iso: string): string {
  return dateFormat(DAY).format(new Date(iso));
}

/** A calendar day stored as YYYY-MM-DD, shown as that same day whatever the time zone. */
export function formatCalendarDay(isoDate: string): string {
  return dateFormat(DAY).format(new Date(`${isoDate}T12:00:00`));
}

const CLOCK = { timeStyle: 'short', timeZone: 'UTC' } as const;

/** A time of day stored as HH:mm, in the app's clock: "14:30", or "2:30 PM" in the United States. */
export function formatClock(clock: string): string {
  const match = /^(\d{2}):(\d{2})$/.exec(clock);
  if (!match) return clock;
  return dateFormat(CLOCK).format(Date.UTC(2000, 0, 1, Number(match[1]), Number(match[2])));
}
