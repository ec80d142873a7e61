/** A summary's period: either end may be open (''). Dates compare as YYYY-MM-DD strings. */
export interface Period {
  from: string;
  to: string;
}

export function inPeriod(period: Period, date: string): boolean {
  const day = date.slice(0, 10);
  return (!period.from || day >= period.from) && (!period.to || day <= period.to);
}

/** True when the day is on or before the period's end, i.e. already known by the time it closes. */
export function byPeriodEnd(period: Period, date: string): boolean {
  return !period.to || date.slice(0, 10) <= period.to;
}
