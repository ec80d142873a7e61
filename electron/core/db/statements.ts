import type { Db } from './connection';
import type { PaymentRow } from './billing';

/*
 * A client's account over time, for statements. A charge is owed from the day its invoice was
 * issued and a payment counts from the day it was received; void invoices owe nothing. This is the
 * same account the balances read (issued invoices minus payments), cut at a day.
 */

/** What the client owed at the start of `day`: issued invoices before it, minus payments before it. */
export function balanceBefore(db: Db, clientId: string, day: string): number {
  return db
    .prepare(
      `SELECT coalesce((SELECT sum(l.amount_minor) FROM invoices i JOIN invoice_lines l ON l.invoice_id = i.id
                        WHERE i.client_id = ? AND i.status = 'issued' AND i.issued_on < ?), 0)
            - coalesce((SELECT sum(amount_minor) FROM payments WHERE client_id = ? AND received_on < ?), 0)`,
    )
    .pluck()
    .get(clientId, day, clientId, day) as number;
}

export interface ChargeRow {
  invoiceNumber: string;
  issuedOn: string;
  serviceDate: string;
  description: string;
  code: string;
  amountMinor: number;
}

/** The lines of the client's issued invoices issued from `from` to `to`, both included, oldest first. */
export function chargesBetween(db: Db, clientId: string, from: string, to: string): ChargeRow[] {
  return db
    .prepare(
      `SELECT i.number AS invoiceNumber, i.issued_on AS issuedOn, l.service_date AS serviceDate,
         l.description, l.code, l.amount_minor AS amountMinor
       FROM invoices i JOIN invoice_lines l ON l.invoice_id = i.id
       WHERE i.client_id = ? AND i.status = 'issued' AND i.issued_on BETWEEN ? AND ?
       ORDER BY i.issued_on, i.number, l.service_date, l.id`,
    )
    .all(clientId, from, to) as ChargeRow[];
}

/** The client's payments received from `from` to `to`, both included, with the invoice each was against. */
export function paymentsBetween(
  db: Db,
  clientId: string,
  from: string,
  to: string,
): (PaymentRow & { invoiceNumber: string | null })[] {
  return db
    .prepare(
      `SELECT p.id, p.client_id AS clientId, p.invoice_id AS invoiceId, p.received_on AS receivedOn,
         p.amount_minor AS amountMinor, p.currency, p.method, p.reference, i.number AS invoiceNumber
       FROM payments p LEFT JOIN invoices i ON i.id = p.invoice_id
       WHERE p.client_id = ? AND p.received_on BETWEEN ? AND ?
       ORDER BY p.received_on, p.created_at`,
    )
    .all(clientId, from, to) as (PaymentRow & { invoiceNumber: string | null })[];
}

/** Every currency the client's account was kept in up to `to`: more than one cannot be added up. */
export function currenciesUpTo(db: Db, clientId: string, to: string): string[] {
  return db
    .prepare(
      `SELECT currency FROM invoices WHERE client_id = ? AND status = 'issued' AND issued_on <= ?
       UNION SELECT currency FROM payments WHERE client_id = ? AND received_on <= ?`,
    )
    .pluck()
    .all(clientId, to, clientId, to) as string[];
}

/** Clients with an invoice issued or a payment received in the period: who a batch writes a statement for. */
export function clientsWithActivity(
  db: Db,
  from: string,
  to: string,
): { clientId: string; chosenName: string }[] {
  return db
    .prepare(
      `SELECT c.id AS clientId, c.chosen_name AS chosenName FROM clients c
       WHERE EXISTS (SELECT 1 FROM invoices i WHERE i.client_id = c.id AND i.status = 'issued'
                       AND i.issued_on BETWEEN ? AND ?)
          OR EXISTS (SELECT 1 FROM payments p WHERE p.client_id = c.id AND p.received_on BETWEEN ? AND ?)
       ORDER BY c.chosen_name, c.id`,
    )
    .all(from, to, from, to) as { clientId: string; chosenName: string }[];
}

export function getPayment(db: Db, id: string): (PaymentRow & { invoiceNumber: string | null }) | undefined {
  return db
    .prepare(
      `SELECT p.id, p.client_id AS clientId, p.invoice_id AS invoiceId, p.received_on AS receivedOn,
         p.amount_minor AS amountMinor, p.currency, p.method, p.reference, i.number AS invoiceNumber
       FROM payments p LEFT JOIN invoices i ON i.id = p.invoice_id
       WHERE p.id = ?`,
    )
    .get(id) as (PaymentRow & { invoiceNumber: string | null }) | undefined;
}
