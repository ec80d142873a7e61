import { formatDate } from '../../../shared/dates/format-date';

/** "Session on 3 March 2026", or a plain "Session" while the date is being typed. */
export function sessionTitle(sessionDate: string): string {
  return sessionDate ? `Session on ${formatDate(sessionDate)}` : 'Session';
}

export function timeRange(start: string, end: string): string {
  if (start && end) return `${start}–${end}`;
  return start || '';
}
