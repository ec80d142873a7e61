import { formatDate } from '../../../shared/summary/format-date';

const MOMENT = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A stored timestamp (signing, an addendum) in the clinician's own time zone and words. */
export function formatMoment(iso: string): string {
  return MOMENT.format(new Date(iso));
}

/** "Session on 3 March 2026", or a plain "Session" while the date is being typed. */
export function sessionTitle(sessionDate: string): string {
  return sessionDate ? `Session on ${formatDate(sessionDate)}` : 'Session';
}

export function timeRange(start: string, end: string): string {
  if (start && end) return `${start}–${end}`;
  return start || '';
}
