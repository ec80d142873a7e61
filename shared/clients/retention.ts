import { z } from 'zod';

/**
 * How long a record must be kept, by the rule the clinician set for their jurisdiction: some years
 * after the last service for an adult, and for someone who was a minor, at least until some years
 * after they come of age. Whichever is later wins. Dates are ISO calendar dates (YYYY-MM-DD).
 */
export const retentionRule = z.strictObject({
  adultYears: z.number().int('Whole years.').min(1, 'At least 1 year.').max(100, 'At most 100 years.'),
  ageOfMajority: z.number().int('Whole years.').min(14, 'At least 14.').max(25, 'At most 25.'),
  minorYearsAfterMajority: z.number().int('Whole years.').min(0, 'At least 0.').max(100, 'At most 100.'),
});
export type RetentionRule = z.infer<typeof retentionRule>;

export const DEFAULT_RETENTION_RULE: RetentionRule = {
  adultYears: 7,
  ageOfMajority: 18,
  minorYearsAfterMajority: 3,
};

export function addYears(isoDate: string, years: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  // 29 February plus N years lands on 28 February when the target year has no leap day.
  const target = new Date(Date.UTC(y + years, m - 1, d));
  if (target.getUTCMonth() !== m - 1) target.setUTCDate(0);
  return target.toISOString().slice(0, 10);
}

export interface Retention {
  retainUntil: string;
  /** Which arm of the rule decided: the years after the last service, or those after coming of age. */
  basis: 'adult' | 'minor';
}

export function retainUntil(rule: RetentionRule, lastServiceDate: string, dateOfBirth?: string): Retention {
  const adult = addYears(lastServiceDate, rule.adultYears);
  if (!dateOfBirth) return { retainUntil: adult, basis: 'adult' };
  const minor = addYears(dateOfBirth, rule.ageOfMajority + rule.minorYearsAfterMajority);
  return minor > adult ? { retainUntil: minor, basis: 'minor' } : { retainUntil: adult, basis: 'adult' };
}
