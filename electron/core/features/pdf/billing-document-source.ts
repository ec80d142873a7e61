import { DateTime } from 'luxon';
import type {
  BillingDocumentData,
  InvoiceDocumentData,
  ReceiptDocumentData,
  StatementDocumentData,
  StatementEntry,
} from '../../../../shared/billing/billing-document';
import type { BillingDocumentSettings } from '../../../../shared/billing/billing-documents-contract';
import { PAYMENT_METHOD_LABELS } from '../../../../shared/billing/billing-contract';
import { sumMinor } from '../../../../shared/billing/money';
import type { ChannelOutput } from '../../../../shared/contract';
import { appLocale } from '../../../../shared/dates/app-locale';
import type { PaperSize } from '../../../../shared/pdf/pdf-output';
import * as billing from '../../db/billing';
import type { Db } from '../../db/connection';
import * as statements from '../../db/statements';
import { AppError } from '../../base/app-error';

export interface BillingDocumentSources {
  db: () => Db;
  clients: { get(id: string): ChannelOutput<'clients:get'> };
  practice: { get(): ChannelOutput<'practice:get'> };
  billing: {
    settings(): Pick<ChannelOutput<'billing:settings'>, 'currency' | 'timeZone'>;
    documentSettings(): BillingDocumentSettings;
  };
}

type Base = Omit<BillingDocumentData, 'kind' | 'currency'>;

function base(sources: BillingDocumentSources, clientId: string, paper: PaperSize, now: Date): Base {
  const record = sources.clients.get(clientId);
  const identity = record.intake.identity;
  return {
    locale: appLocale(),
    paper,
    madeOn: DateTime.fromJSDate(now, { zone: sources.billing.settings().timeZone }).toISODate()!,
    practice: sources.practice.get(),
    ...sources.billing.documentSettings(),
    client: {
      name: record.legalName || identity.legalName || record.chosenName,
      address: identity.address,
      email: identity.email,
    },
  };
}

export function gatherInvoice(
  sources: BillingDocumentSources,
  invoiceId: string,
  paper: PaperSize,
  now: Date,
): InvoiceDocumentData {
  const db = sources.db();
  const invoice = billing.getInvoice(db, invoiceId);
  if (!invoice) throw new AppError('NOT_FOUND', 'That invoice is not in this vault.');
  return {
    ...base(sources, invoice.clientId, paper, now),
    kind: 'invoice',
    currency: invoice.currency,
    number: invoice.number,
    issuedOn: invoice.issuedOn,
    dueOn: invoice.dueOn,
    status: invoice.status,
    lines: billing.invoiceLines(db, invoiceId).map((l) => ({
      date: l.serviceDate,
      description: l.description,
      code: l.code,
      amountMinor: l.amountMinor,
    })),
    totals: {
      totalMinor: invoice.totalMinor,
      paidMinor: invoice.paidMinor,
      balanceMinor: invoice.totalMinor - invoice.paidMinor,
    },
  };
}

export function gatherReceipt(
  sources: BillingDocumentSources,
  paymentId: string,
  paper: PaperSize,
  now: Date,
): ReceiptDocumentData & { clientId: string } {
  const payment = statements.getPayment(sources.db(), paymentId);
  if (!payment) throw new AppError('NOT_FOUND', 'That payment is not in this vault.');
  return {
    ...base(sources, payment.clientId, paper, now),
    kind: 'receipt',
    clientId: payment.clientId,
    currency: payment.currency,
    receivedOn: payment.receivedOn,
    amountMinor: payment.amountMinor,
    method: payment.method,
    reference: payment.reference,
    invoiceNumber: payment.invoiceNumber,
  };
}

/**
 * A statement of account: what was owed before the period, each charge (an issued invoice's line,
 * on the day the invoice was issued) and payment in it with the balance after each, and what is
 * owed at its end. The billing model has no write-offs or credit notes: voiding an unpaid invoice is
 * the only way a charge goes, and a void invoice is left out wherever it falls.
 */
export function gatherStatement(
  sources: BillingDocumentSources,
  options: { clientId: string; from: string; to: string; paper: PaperSize },
  now: Date,
): StatementDocumentData {
  const { clientId, from, to } = options;
  const db = sources.db();
  const document = base(sources, clientId, options.paper, now);
  const { currency } = sources.billing.settings();
  const other = statements.currenciesUpTo(db, clientId, to).find((c) => c !== currency);
  if (other) {
    throw new AppError(
      'VALIDATION',
      `Part of this account was kept in ${other} and the practice now bills in ${currency}: a statement cannot add the two up.`,
    );
  }
  const openingMinor = statements.balanceBefore(db, clientId, from);
  const charges = statements.chargesBetween(db, clientId, from, to);
  const payments = statements.paymentsBetween(db, clientId, from, to);
  const dated = [
    ...charges.map((c) => ({
      date: c.issuedOn,
      order: 0,
      type: 'service' as const,
      description: c.description,
      code: c.code,
      serviceDate: c.serviceDate,
      invoiceNumber: c.invoiceNumber,
      amountMinor: c.amountMinor,
    })),
    ...payments.map((p) => ({
      date: p.receivedOn,
      order: 1,
      type: 'payment' as const,
      description: PAYMENT_METHOD_LABELS[p.method],
      code: '',
      serviceDate: null,
      invoiceNumber: p.invoiceNumber,
      amountMinor: p.amountMinor,
    })),
  ];
  // Same day: charges before payments, so a bill paid on the day it was issued never reads as credit first.
  dated.sort((a, b) => a.date.localeCompare(b.date) || a.order - b.order);
  let running = openingMinor;
  const entries: StatementEntry[] = dated.map(({ order: _order, ...entry }) => {
    running += entry.type === 'service' ? entry.amountMinor : -entry.amountMinor;
    return { ...entry, balanceMinor: running };
  });
  const servicesMinor = sumMinor(charges.map((c) => c.amountMinor));
  const paymentsMinor = sumMinor(payments.map((p) => p.amountMinor));
  return {
    ...document,
    kind: 'statement',
    currency,
    period: { from, to },
    entries,
    totals: {
      openingMinor,
      servicesMinor,
      paymentsMinor,
      closingMinor: openingMinor + servicesMinor - paymentsMinor,
    },
  };
}
