/*
 * Moments (ISO timestamps) and stored days in the clinician's own time zone and locale: when a note
 * was signed, a draft saved, an appointment is next. Days written out in full for a reader (a
 * summary, a superbill) are in format-date.ts; the practice's time zone is in practice-time.ts.
 */
const MOMENT = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const TIME = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });
const DAY = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** "12 Mar 2026, 14:32" (in the clinician's locale): signings, addenda, history entries. */
export function formatMoment(iso: string): string {
  return MOMENT.format(new Date(iso));
}

/** Just the time for something from today ("14:32"); the date too for anything older. */
export function formatSavedAt(iso: string, now: Date = new Date()): string {
  const moment = new Date(iso);
  return moment.toDateString() === now.toDateString() ? TIME.format(moment) : MOMENT.format(moment);
}

/** The local calendar day of a moment (an ISO timestamp), e.g. "12 Mar 2026". */
export function formatDay(iso: string): string {
  return DAY.format(new Date(iso));
}

/** A calendar day stored as YYYY-MM-DD, shown as that same day whatever the time zone. */
export function formatCalendarDay(isoDate: string): string {
  return DAY.format(new Date(`${isoDate}T12:00:00`));
}
