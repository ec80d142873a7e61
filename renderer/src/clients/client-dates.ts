const MOMENT = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const TIME = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });

/** A moment (an ISO timestamp) in the clinician's own time zone and locale, e.g. for history entries. */
export function formatMoment(iso: string): string {
  return MOMENT.format(new Date(iso));
}

/** Just the time for something from today ("14:32"); the date too for anything older. */
export function formatSavedAt(iso: string, now: Date = new Date()): string {
  const moment = new Date(iso);
  return moment.toDateString() === now.toDateString() ? TIME.format(moment) : MOMENT.format(moment);
}

const DAY = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** The local calendar day of a moment (an ISO timestamp), e.g. "12 Mar 2026". */
export function formatDay(iso: string): string {
  return DAY.format(new Date(iso));
}

/** A calendar day stored as YYYY-MM-DD, shown as that same day whatever the time zone. */
export function formatCalendarDay(isoDate: string): string {
  return DAY.format(new Date(`${isoDate}T12:00:00`));
}
