import { thisMonth, thisYear, type CalendarPeriod } from './superbill-period';

/*
 * Default file names for bills. None carries a client's name, which would show in folder listings,
 * recent-file menus and email attachments: an invoice goes by its number, a receipt by its day, a
 * statement by its period.
 */

export function invoiceFileName(number: string): string {
  return `invoice-${number}.pdf`;
}

export function receiptFileName(receivedOn: string): string {
  return `receipt-${receivedOn}.pdf`;
}

/** "2026-11" for a whole month, "2026" for a whole year, else "2026-11-03-to-2026-12-02". */
export function periodLabel({ from, to }: CalendarPeriod): string {
  const month = thisMonth(from);
  if (from === month.from && to === month.to) return from.slice(0, 7);
  const year = thisYear(from);
  if (from === year.from && to === year.to) return from.slice(0, 4);
  return `${from}-to-${to}`;
}

export function statementFileName(period: CalendarPeriod): string {
  return `statement-${periodLabel(period)}.pdf`;
}

/**
 * A statement in a batch, one folder for many clients: the period and the first eight characters
 * of the client's record id. Rapport keeps no client numbers, and an invoice number names one
 * invoice, not a client; the id is stable (the same client's statements line up month after month),
 * says nothing about who the client is, and the clinician sees which file is whose in the app.
 */
export function batchStatementFileName(period: CalendarPeriod, clientId: string): string {
  return `statement-${periodLabel(period)}-${clientId.slice(0, 8)}.pdf`;
}
