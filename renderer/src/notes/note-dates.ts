import { formatDate } from '../../../shared/dates/format-date';
import { formatClock } from '../../../shared/dates/format-moment';

/** "Session on 3 March 2026", or a plain "Session" while the date is being typed. */
export function sessionTitle(sessionDate: string): string {
  return sessionDate ? `Session on ${formatDate(sessionDate)}` : 'Session';
}

/** "14:30–15:20", in the app's clock. */
export function timeRange(start: string, end: string): string {
  if (start && end) return `${formatClock(start)}–${formatClock(end)}`;
  return start ? formatClock(start) : '';
}
