import type { Insurance } from '../../../shared/billing/insurance-contract';
import type { Modality } from '../../../shared/notes/note-formats';
import type { Db } from './connection';

export interface ServiceRow {
  id: string;
  name: string;
  code: string;
  durationMinutes: number;
  priceMinor: number;
  active: number;
  position: number;
}

export function listServices(db: Db): ServiceRow[] {
  return db
    .prepare(
      `SELECT id, name, code, duration_minutes AS durationMinutes, price_minor AS priceMinor, active, position
       FROM services ORDER BY position, name`,
    )
    .all() as ServiceRow[];
}

export function upsertService(db: Db, row: ServiceRow): void {
  db.prepare(
    `INSERT INTO services (id, name, code, duration_minutes, price_minor, active, position)
     VALUES (@id, @name, @code, @durationMinutes, @priceMinor, @active, @position)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, code = excluded.code,
       duration_minutes = excluded.duration_minutes, price_minor = excluded.price_minor,
       active = excluded.active, position = excluded.position`,
  ).run(row);
}

/** Services left out of a saved schedule are retired, not deleted: old invoices still name them. */
export function retireServicesExcept(db: Db, keepIds: readonly string[]): void {
  db.prepare('UPDATE services SET active = 0 WHERE id NOT IN (SELECT value FROM json_each(?))').run(
    JSON.stringify(keepIds),
  );
}

export interface ClientFeeRow {
  serviceId: string | null;
  priceMinor: number | null;
  slidingScalePercent: number;
  note: string;
}

export function getClientFee(db: Db, clientId: string): ClientFeeRow | undefined {
  return db
    .prepare(
      `SELECT service_id AS serviceId, price_minor AS priceMinor, sliding_scale_percent AS slidingScalePercent, note
       FROM client_fees WHERE client_id = ?`,
    )
    .get(clientId) as ClientFeeRow | undefined;
}

export function setClientFee(db: Db, clientId: string, fee: ClientFeeRow): void {
  db.prepare(
    `INSERT INTO client_fees (client_id, service_id, price_minor, sliding_scale_percent, note) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (client_id) DO UPDATE SET service_id = excluded.service_id, price_minor = excluded.price_minor,
       sliding_scale_percent = excluded.sliding_scale_percent, note = excluded.note`,
  ).run(clientId, fee.serviceId, fee.priceMinor, fee.slidingScalePercent, fee.note);
}

export function getInsurance(db: Db, clientId: string): Insurance | undefined {
  return db
    .prepare(
      `SELECT payer, member_id AS memberId, group_number AS groupNumber, relationship,
         subscriber_name AS subscriberName, subscriber_date_of_birth AS subscriberDateOfBirth
       FROM client_insurance WHERE client_id = ?`,
    )
    .get(clientId) as Insurance | undefined;
}

export function setInsurance(db: Db, clientId: string, insurance: Insurance): void {
  db.prepare(
    `INSERT INTO client_insurance (client_id, payer, member_id, group_number, relationship, subscriber_name,
       subscriber_date_of_birth)
     VALUES (@clientId, @payer, @memberId, @groupNumber, @relationship, @subscriberName, @subscriberDateOfBirth)
     ON CONFLICT (client_id) DO UPDATE SET payer = excluded.payer, member_id = excluded.member_id,
       group_number = excluded.group_number, relationship = excluded.relationship,
       subscriber_name = excluded.subscriber_name, subscriber_date_of_birth = excluded.subscriber_date_of_birth`,
  ).run({ clientId, ...insurance });
}

export function clearInsurance(db: Db, clientId: string): void {
  db.prepare('DELETE FROM client_insurance WHERE client_id = ?').run(clientId);
}

export interface InvoiceRow {
  id: string;
  number: string;
  clientId: string;
  chosenName: string;
  issuedOn: string;
  dueOn: string;
  currency: string;
  status: 'issued' | 'void';
  voidReason: string;
  totalMinor: number;
  paidMinor: number;
}

/** Each invoice with its client's chosen name and its totals; one written-out statement per question. */
const INVOICES_SQL = {
  all: `SELECT i.id, i.number, i.client_id AS clientId, c.chosen_name AS chosenName,
         i.issued_on AS issuedOn, i.due_on AS dueOn, i.currency, i.status, i.void_reason AS voidReason,
         coalesce((SELECT sum(amount_minor) FROM invoice_lines l WHERE l.invoice_id = i.id), 0) AS totalMinor,
         coalesce((SELECT sum(amount_minor) FROM payments p WHERE p.invoice_id = i.id), 0) AS paidMinor
       FROM invoices i JOIN clients c ON c.id = i.client_id
       ORDER BY i.issued_on DESC, i.number DESC`,
  // Its own statement, so the client is looked up through invoices_by_client.
  ofClient: `SELECT i.id, i.number, i.client_id AS clientId, c.chosen_name AS chosenName,
         i.issued_on AS issuedOn, i.due_on AS dueOn, i.currency, i.status, i.void_reason AS voidReason,
         coalesce((SELECT sum(amount_minor) FROM invoice_lines l WHERE l.invoice_id = i.id), 0) AS totalMinor,
         coalesce((SELECT sum(amount_minor) FROM payments p WHERE p.invoice_id = i.id), 0) AS paidMinor
       FROM invoices i JOIN clients c ON c.id = i.client_id
       WHERE i.client_id = ?
       ORDER BY i.issued_on DESC, i.number DESC`,
  one: `SELECT i.id, i.number, i.client_id AS clientId, c.chosen_name AS chosenName,
         i.issued_on AS issuedOn, i.due_on AS dueOn, i.currency, i.status, i.void_reason AS voidReason,
         coalesce((SELECT sum(amount_minor) FROM invoice_lines l WHERE l.invoice_id = i.id), 0) AS totalMinor,
         coalesce((SELECT sum(amount_minor) FROM payments p WHERE p.invoice_id = i.id), 0) AS paidMinor
       FROM invoices i JOIN clients c ON c.id = i.client_id
       WHERE i.id = ?`,
} as const;

export function listInvoices(db: Db, clientId: string | null): InvoiceRow[] {
  if (clientId === null) return db.prepare(INVOICES_SQL.all).all() as InvoiceRow[];
  return db.prepare(INVOICES_SQL.ofClient).all(clientId) as InvoiceRow[];
}

export function getInvoice(db: Db, id: string): InvoiceRow | undefined {
  return db.prepare(INVOICES_SQL.one).get(id) as InvoiceRow | undefined;
}

export function invoiceLines(db: Db, invoiceId: string) {
  return db
    .prepare(
      `SELECT appointment_id AS appointmentId, service_date AS serviceDate, description, code,
         amount_minor AS amountMinor
       FROM invoice_lines WHERE invoice_id = ? ORDER BY service_date, id`,
    )
    .all(invoiceId) as {
    appointmentId: string | null;
    serviceDate: string;
    description: string;
    code: string;
    amountMinor: number;
  }[];
}

/** Invoice numbers run per calendar year: 2026-0001, 2026-0002 … */
/** The year's numbers are the range from "YYYY-" up to "YYYY." ('.' follows '-'), read from the index on number. */
export function nextInvoiceNumber(db: Db, year: string): string {
  const last = db
    .prepare(
      "SELECT max(CAST(substr(number, 6) AS INTEGER)) FROM invoices WHERE number >= ? || '-' AND number < ? || '.'",
    )
    .pluck()
    .get(year, year) as number | null;
  return `${year}-${String((last ?? 0) + 1).padStart(4, '0')}`;
}

export function insertInvoice(
  db: Db,
  row: Omit<InvoiceRow, 'chosenName' | 'totalMinor' | 'paidMinor' | 'status' | 'voidReason'> & {
    createdAt: string;
  },
): void {
  db.prepare(
    `INSERT INTO invoices (id, number, client_id, issued_on, due_on, currency, created_at)
     VALUES (@id, @number, @clientId, @issuedOn, @dueOn, @currency, @createdAt)`,
  ).run(row);
}

export function insertInvoiceLine(
  db: Db,
  line: {
    invoiceId: string;
    appointmentId: string | null;
    serviceDate: string;
    description: string;
    code: string;
    amountMinor: number;
  },
): void {
  db.prepare(
    `INSERT INTO invoice_lines (invoice_id, appointment_id, service_date, description, code, amount_minor)
     VALUES (@invoiceId, @appointmentId, @serviceDate, @description, @code, @amountMinor)`,
  ).run(line);
}

export function voidInvoice(db: Db, id: string, reason: string): void {
  db.prepare("UPDATE invoices SET status = 'void', void_reason = ? WHERE id = ?").run(reason, id);
}

export interface PaymentRow {
  id: string;
  clientId: string;
  invoiceId: string | null;
  receivedOn: string;
  amountMinor: number;
  currency: string;
  method: 'card' | 'cash' | 'bank transfer' | 'cheque' | 'insurance' | 'other';
  reference: string;
}

export function insertPayment(db: Db, row: PaymentRow & { createdAt: string }): void {
  db.prepare(
    `INSERT INTO payments (id, client_id, invoice_id, received_on, amount_minor, currency, method, reference, created_at)
     VALUES (@id, @clientId, @invoiceId, @receivedOn, @amountMinor, @currency, @method, @reference, @createdAt)`,
  ).run(row);
}

export function listPayments(db: Db, clientId: string): PaymentRow[] {
  return db
    .prepare(
      `SELECT id, client_id AS clientId, invoice_id AS invoiceId, received_on AS receivedOn,
         amount_minor AS amountMinor, currency, method, reference
       FROM payments WHERE client_id = ? ORDER BY received_on, created_at`,
    )
    .all(clientId) as PaymentRow[];
}

/** Invoiced minus paid, per client with anything outstanding or in credit. */
export function balances(db: Db): { clientId: string; chosenName: string; balanceMinor: number }[] {
  return db
    .prepare(
      `SELECT c.id AS clientId, c.chosen_name AS chosenName,
         coalesce((SELECT sum(l.amount_minor) FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id
                   WHERE i.client_id = c.id AND i.status = 'issued'), 0)
         - coalesce((SELECT sum(p.amount_minor) FROM payments p WHERE p.client_id = c.id), 0) AS balanceMinor
       FROM clients c
       WHERE EXISTS (SELECT 1 FROM invoices i WHERE i.client_id = c.id)
          OR EXISTS (SELECT 1 FROM payments p WHERE p.client_id = c.id)
       ORDER BY balanceMinor DESC, c.chosen_name`,
    )
    .all()
    .filter((r) => (r as { balanceMinor: number }).balanceMinor !== 0) as {
    clientId: string;
    chosenName: string;
    balanceMinor: number;
  }[];
}

export interface AttendedSessionRow {
  id: string;
  localDate: string;
  modality: Modality;
  serviceId: string | null;
}

/** A client's attended sessions on the calendar days from `from` to `to`, both included. */
export function attendedSessionsBetween(
  db: Db,
  clientId: string,
  from: string,
  to: string,
): AttendedSessionRow[] {
  return db
    .prepare(
      `SELECT id, local_date AS localDate, modality, service_id AS serviceId
       FROM appointments
       WHERE client_id = ? AND status = 'attended' AND local_date BETWEEN ? AND ?
       ORDER BY local_date, starts_at, id`,
    )
    .all(clientId, from, to) as AttendedSessionRow[];
}

export interface BilledLineRow {
  appointmentId: string;
  code: string;
  description: string;
  amountMinor: number;
  currency: string;
}

/** The lines of a client's issued (not void) invoices for sessions on those days: what was charged. */
export function issuedLinesBetween(db: Db, clientId: string, from: string, to: string): BilledLineRow[] {
  return db
    .prepare(
      `SELECT l.appointment_id AS appointmentId, l.code, l.description, l.amount_minor AS amountMinor, i.currency
       FROM invoices i JOIN invoice_lines l ON l.invoice_id = i.id
       WHERE i.client_id = ? AND i.status = 'issued' AND l.appointment_id IS NOT NULL
         AND l.service_date BETWEEN ? AND ?`,
    )
    .all(clientId, from, to) as BilledLineRow[];
}

export interface IssuedLineRow {
  invoiceId: string;
  appointmentId: string | null;
  serviceDate: string;
  amountMinor: number;
}

/** Every line of a client's issued (not void) invoices, oldest service first: what payments can pay for. */
export function issuedLines(db: Db, clientId: string): IssuedLineRow[] {
  return db
    .prepare(
      `SELECT l.invoice_id AS invoiceId, l.appointment_id AS appointmentId, l.service_date AS serviceDate,
         l.amount_minor AS amountMinor
       FROM invoices i JOIN invoice_lines l ON l.invoice_id = i.id
       WHERE i.client_id = ? AND i.status = 'issued'
       ORDER BY l.service_date, l.id`,
    )
    .all(clientId) as IssuedLineRow[];
}
