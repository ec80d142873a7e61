import { addDays } from '../dates/practice-time';

/*
 * The clock on a request to amend the record: a decision is due 60 days after the request was
 * received, or 90 when the one 30-day extension was taken. Home lists a request once it is this
 * close to its deadline, and every overdue one.
 */
export const DAYS_TO_DECIDE = 60;
export const EXTENSION_DAYS = 30;
export const DUE_SOON_DAYS = 10;

export function amendmentDeadline(receivedOn: string, extended: boolean): string {
  return addDays(receivedOn, DAYS_TO_DECIDE + (extended ? EXTENSION_DAYS : 0));
}

/** Whole days from `today` to the deadline: 0 on the day, negative once it has passed. */
export function daysLeft(deadline: string, today: string): number {
  return Math.round((Date.parse(`${deadline}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}
