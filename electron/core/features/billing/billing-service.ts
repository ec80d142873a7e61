import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { DateTime } from 'luxon';
import type { z } from 'zod';
import type { billingChannels, Invoice, Payment, Service } from '../../../../shared/billing/billing-contract';
import type { BillingDocumentSettings } from '../../../../shared/billing/billing-documents-contract';
import {
  NO_INSURANCE,
  type Insurance,
  type insuranceChannels,
} from '../../../../shared/billing/insurance-contract';
import { BILLABLE_STATUSES, invoiceLineFor } from '../../../../shared/billing/invoice-line';
import { sumMinor } from '../../../../shared/billing/money';
import { getAppointment } from '../../db/appointments';
import { appendAudit } from '../../db/audit';
import * as billing from '../../db/billing';
import { getClient } from '../../db/clients';
import type { Db } from '../../db/connection';
import { readSetting, writeSetting } from '../../db/settings';
import { AppError } from '../../base/app-error';

type Channels = typeof billingChannels & typeof insuranceChannels;
type Input<C extends keyof Channels> = z.output<Channels[C]['input']>;

function toService(row: billing.ServiceRow): Service {
  return { ...row, active: row.active === 1 };
}

export class BillingService {
  constructor(
    private readonly db: () => Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  settings() {
    const db = this.db();
    return {
      currency: readSetting(db, 'billing.currency') ?? 'USD',
      timeZone: readSetting(db, 'billing.timeZone') ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
      paymentTermsDays: Number(readSetting(db, 'billing.paymentTermsDays') ?? 14),
    };
  }

  updateSettings(input: Input<'billing:updateSettings'>) {
    const db = this.db();
    db.transaction(() => {
      if (input.currency) writeSetting(db, 'billing.currency', input.currency);
      if (input.timeZone) writeSetting(db, 'billing.timeZone', input.timeZone);
      if (input.paymentTermsDays !== undefined)
        writeSetting(db, 'billing.paymentTermsDays', String(input.paymentTermsDays));
      appendAudit(db, { action: 'settings.billing-changed' });
    })();
    return this.settings();
  }

  /** How to pay and the tax wording, printed on every invoice, receipt and statement. */
  documentSettings(): BillingDocumentSettings {
    const db = this.db();
    return {
      paymentDetails: readSetting(db, 'billing.paymentDetails') ?? '',
      taxWording: readSetting(db, 'billing.taxWording') ?? '',
    };
  }

  updateDocumentSettings(input: BillingDocumentSettings): BillingDocumentSettings {
    const db = this.db();
    db.transaction(() => {
      writeSetting(db, 'billing.paymentDetails', input.paymentDetails);
      writeSetting(db, 'billing.taxWording', input.taxWording);
      appendAudit(db, { action: 'settings.billing-documents-changed' });
    })();
    return this.documentSettings();
  }

  services(): Service[] {
    return billing.listServices(this.db()).map(toService);
  }

  saveServices(input: Input<'fees:save'>): Service[] {
    const db = this.db();
    db.transaction(() => {
      const ids = input.services.map((s, position) => {
        const id = s.id ?? randomUUID();
        billing.upsertService(db, { ...s, id, active: s.active ? 1 : 0, position });
        return id;
      });
      billing.retireServicesExcept(db, ids);
      appendAudit(db, { action: 'settings.fees-changed' });
    })();
    return this.services();
  }

  clientFee(clientId: string) {
    const db = this.db();
    this.requireClient(db, clientId);
    return (
      billing.getClientFee(db, clientId) ?? {
        serviceId: null,
        priceMinor: null,
        slidingScalePercent: 0,
        note: '',
      }
    );
  }

  setClientFee(input: Input<'fees:setClientFee'>) {
    const db = this.db();
    this.requireClient(db, input.clientId);
    billing.setClientFee(db, input.clientId, input);
    appendAudit(db, { action: 'client.fee-changed', entity: 'client', entityId: input.clientId });
    return this.clientFee(input.clientId);
  }

  insurance(clientId: string): Insurance {
    const db = this.db();
    this.requireClient(db, clientId);
    return billing.getInsurance(db, clientId) ?? NO_INSURANCE;
  }

  /** All empty is no insurance: the row goes, so a client who pays themselves has none. */
  setInsurance(input: Input<'insurance:set'>): Insurance {
    const db = this.db();
    this.requireClient(db, input.clientId);
    const { insurance } = input;
    const someone = insurance.relationship !== 'self';
    const details: Insurance = {
      ...insurance,
      // The policy holder's own details mean nothing when the client holds the policy.
      subscriberName: someone ? insurance.subscriberName : '',
      subscriberDateOfBirth: someone ? insurance.subscriberDateOfBirth : '',
    };
    db.transaction(() => {
      if (isDeepStrictEqual(details, NO_INSURANCE)) billing.clearInsurance(db, input.clientId);
      else billing.setInsurance(db, input.clientId, details);
      appendAudit(db, { action: 'client.insurance-changed', entity: 'client', entityId: input.clientId });
    })();
    return this.insurance(input.clientId);
  }

  createInvoice(input: Input<'invoices:create'>): Invoice {
    const db = this.db();
    const { currency, paymentTermsDays, timeZone } = this.settings();
    // "Today" is the practice's calendar day, not UTC's: an invoice raised at 9 pm in New York is dated that day.
    const issuedOn = input.issuedOn ?? DateTime.fromJSDate(this.now(), { zone: timeZone }).toISODate()!;
    const id = randomUUID();
    db.transaction(() => {
      this.requireClient(db, input.clientId);
      const fee = billing.getClientFee(db, input.clientId);
      const services = billing.listServices(db);
      const lines = input.appointmentIds.map((appointmentId) => {
        const appointment = getAppointment(db, appointmentId);
        if (!appointment || appointment.clientId !== input.clientId) {
          throw new AppError('NOT_FOUND', 'One of those sessions is not this client’s.');
        }
        if (!BILLABLE_STATUSES.has(appointment.status)) {
          throw new AppError(
            'VALIDATION',
            'Only attended sessions, late cancellations and no-shows can be invoiced.',
          );
        }
        if (appointment.invoiced)
          throw new AppError('CONFLICT', 'One of those sessions is already on an invoice.');
        const line = invoiceLineFor(appointment, fee, services);
        if (line.amountMinor === null) {
          throw new AppError(
            'VALIDATION',
            'There is no fee for this session: set a service on it or a fee for the client.',
          );
        }
        return {
          invoiceId: id,
          appointmentId,
          serviceDate: appointment.localDate,
          description: line.description,
          code: line.code,
          amountMinor: line.amountMinor,
        };
      });
      const due = new Date(`${issuedOn}T00:00:00Z`);
      due.setUTCDate(due.getUTCDate() + paymentTermsDays);
      billing.insertInvoice(db, {
        id,
        number: billing.nextInvoiceNumber(db, issuedOn.slice(0, 4)),
        clientId: input.clientId,
        issuedOn,
        dueOn: due.toISOString().slice(0, 10),
        currency,
        createdAt: this.now().toISOString(),
      });
      for (const line of lines) billing.insertInvoiceLine(db, line);
      appendAudit(db, { action: 'invoice.issued', entity: 'invoice', entityId: id });
    })();
    return this.invoice(db, id);
  }

  invoices(clientId: string | null): Invoice[] {
    const db = this.db();
    return billing.listInvoices(db, clientId).map((row) => this.withLines(db, row));
  }

  voidInvoice(id: string, reason: string): Invoice {
    const db = this.db();
    const row = billing.getInvoice(db, id);
    if (!row) throw new AppError('NOT_FOUND', 'That invoice is not in this vault.');
    if (row.status === 'void') throw new AppError('CONFLICT', 'This invoice is already void.');
    if (row.paidMinor > 0)
      throw new AppError('CONFLICT', 'Payments are recorded against this invoice; it cannot be voided.');
    billing.voidInvoice(db, id, reason);
    appendAudit(db, { action: 'invoice.voided', entity: 'invoice', entityId: id });
    return this.invoice(db, id);
  }

  recordPayment(input: Input<'payments:record'>): Payment {
    const db = this.db();
    const { currency } = this.settings();
    this.requireClient(db, input.clientId);
    if (input.invoiceId) {
      const invoice = billing.getInvoice(db, input.invoiceId);
      if (!invoice || invoice.clientId !== input.clientId)
        throw new AppError('NOT_FOUND', 'That invoice is not this client’s.');
      if (invoice.status === 'void') throw new AppError('CONFLICT', 'That invoice is void.');
    }
    const payment = { id: randomUUID(), ...input, currency };
    billing.insertPayment(db, { ...payment, createdAt: this.now().toISOString() });
    appendAudit(db, { action: 'payment.recorded', entity: 'client', entityId: input.clientId });
    return payment;
  }

  payments(clientId: string): Payment[] {
    const db = this.db();
    this.requireClient(db, clientId);
    return billing.listPayments(db, clientId);
  }

  balances() {
    const clients = billing.balances(this.db());
    return {
      currency: this.settings().currency,
      totalMinor: sumMinor(clients.map((c) => c.balanceMinor)),
      clients,
    };
  }

  private invoice(db: Db, id: string): Invoice {
    return this.withLines(db, billing.getInvoice(db, id)!);
  }

  private withLines(db: Db, row: billing.InvoiceRow): Invoice {
    return { ...row, lines: billing.invoiceLines(db, row.id), balanceMinor: row.totalMinor - row.paidMinor };
  }

  private requireClient(db: Db, clientId: string): void {
    if (!getClient(db, clientId)) throw new AppError('NOT_FOUND', 'That client is not in this vault.');
  }
}
