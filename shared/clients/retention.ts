/**
 * How long a record must be kept: 7 years after the last service for an adult, and for someone
 * who was a minor, at least until 3 years after they come of age (18). Whichever is later wins.
 * Dates are ISO calendar dates (YYYY-MM-DD).
 */
export const ADULT_RETENTION_YEARS = 7;
export const MINOR_RETENTION_YEARS_AFTER_MAJORITY = 3;
const AGE_OF_MAJORITY = 18;

function addYears(isoDate: string, years: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  // 29 February plus N years lands on 28 February when the target year has no leap day.
  const target = new Date(Date.UTC(y + years, m - 1, d));
  if (target.getUTCMonth() !== m - 1) target.setUTCDate(0);
  return target.toISOString().slice(0, 10);
}

export function retainUntil(lastServiceDate: string, dateOfBirth?: string): string {
  const adult = addYears(lastServiceDate, ADULT_RETENTION_YEARS);
  if (!dateOfBirth) return adult;
  const minor = addYears(dateOfBirth, AGE_OF_MAJORITY + MINOR_RETENTION_YEARS_AFTER_MAJORITY);
  return minor > adult ? minor : adult;
}
