import { DateTime } from 'luxon';
import { addDays, fullDay, weekStart } from '../../../shared/dates/practice-time';

/* What each calendar view shows around its anchor day, and how far it steps. */

export type CalendarView = 'week' | 'day' | 'agenda';

/** How many days the agenda lists from its first day. */
export const AGENDA_DAYS = 28;

/** The first and last calendar day a view shows around an anchor date. */
export function visibleRange(view: CalendarView, anchor: string): { from: string; to: string } {
  if (view === 'day') return { from: anchor, to: anchor };
  if (view === 'week') {
    const from = weekStart(anchor);
    return { from, to: addDays(from, 6) };
  }
  return { from: anchor, to: addDays(anchor, AGENDA_DAYS - 1) };
}

export function daysOf(range: { from: string; to: string }): string[] {
  const days: string[] = [];
  for (let day = range.from; day <= range.to; day = addDays(day, 1)) days.push(day);
  return days;
}

/** How far the view steps with "previous" and "next". */
export function stepDays(view: CalendarView): number {
  return view === 'day' ? 1 : view === 'week' ? 7 : AGENDA_DAYS;
}

/** The heading for the range a view shows: "12–18 January 2026", "Tuesday 14 January 2026". */
export function rangeTitle(view: CalendarView, range: { from: string; to: string }): string {
  if (view === 'day') return fullDay(range.from);
  const from = DateTime.fromISO(range.from);
  const to = DateTime.fromISO(range.to);
  const sameMonth = from.month === to.month && from.year === to.year;
  const start = from.toLocaleString(sameMonth ? { day: 'numeric' } : { day: 'numeric', month: 'long' });
  return `${start}–${to.toLocaleString({ day: 'numeric', month: 'long', year: 'numeric' })}`;
}
