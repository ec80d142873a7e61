import type { ClientRetention } from '../../../shared/retention/retention-contract';
import { formatDate } from '../../../shared/dates/format-date';

function years(n: number): string {
  return `${n} ${n === 1 ? 'year' : 'years'}`;
}

/** How the date was worked out, in the clinician's words: "7 years after the last service on 3 March 2024". */
export function retentionReason(retention: ClientRetention): string {
  const { rule } = retention;
  const from =
    retention.fromKind === 'last-service'
      ? `the last service on ${formatDate(retention.from)}`
      : `the record was opened on ${formatDate(retention.from)} (no service recorded)`;
  if (retention.basis === 'minor') {
    return `${years(rule.minorYearsAfterMajority)} after turning ${rule.ageOfMajority}, later than ${years(rule.adultYears)} after ${from}`;
  }
  return `${years(rule.adultYears)} after ${from}`;
}
