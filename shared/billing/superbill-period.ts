/**
 * Superbill periods as calendar days (YYYY-MM-DD), worked out from "today" in the practice's time
 * zone, which the caller supplies. String arithmetic only: no time zone can shift a day here.
 */
export interface CalendarPeriod {
  from: string;
  to: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function monthPeriod(year: number, month: number): CalendarPeriod {
  return {
    from: `${year}-${pad(month)}-01`,
    to: `${year}-${pad(month)}-${pad(daysInMonth(year, month))}`,
  };
}

function yearMonth(today: string): [number, number] {
  return [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
}

export function thisMonth(today: string): CalendarPeriod {
  return monthPeriod(...yearMonth(today));
}

/** The calendar month before today's: what a monthly superbill usually covers. */
export function lastMonth(today: string): CalendarPeriod {
  const [year, month] = yearMonth(today);
  return month === 1 ? monthPeriod(year - 1, 12) : monthPeriod(year, month - 1);
}

export function thisYear(today: string): CalendarPeriod {
  const year = today.slice(0, 4);
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/**
 * The suggested file name: the period only, never the client's name, which would show in folder
 * listings, recent-file menus and email attachments. A whole month reads "superbill-2026-11.pdf".
 */
export function superbillFileName({ from, to }: CalendarPeriod): string {
  const wholeMonth = thisMonth(from);
  if (from === wholeMonth.from && to === wholeMonth.to) return `superbill-${from.slice(0, 7)}.pdf`;
  const wholeYear = thisYear(from);
  if (from === wholeYear.from && to === wholeYear.to) return `superbill-${from.slice(0, 4)}.pdf`;
  return `superbill-${from}-to-${to}.pdf`;
}
