import type { Practice } from '../practice/practice-contract';
import type { PaperSize } from '../pdf/pdf-output';
import type { Payment } from './billing-contract';

/*
 * What an invoice, a receipt or a statement of account prints: gathered on the main side, rendered
 * by the print page. Amounts are integers in the currency's minor unit, formatted only on the page.
 */
interface BillingDocumentBase {
  /** The locale its dates are written in; the printed page writes its own in the same one. */
  locale: string;
  paper: PaperSize;
  /** The practice's calendar day the document is made. */
  madeOn: string;
  currency: string;
  practice: Practice;
  paymentDetails: string;
  taxWording: string;
  /** Who the bill is addressed to: the legal name when recorded, else the chosen name. */
  client: { name: string; address: string; email: string };
}

export interface InvoiceDocumentData extends BillingDocumentBase {
  kind: 'invoice';
  number: string;
  issuedOn: string;
  dueOn: string;
  status: 'issued' | 'void';
  lines: { date: string; description: string; code: string; amountMinor: number }[];
  totals: { totalMinor: number; paidMinor: number; balanceMinor: number };
}

export interface ReceiptDocumentData extends BillingDocumentBase {
  kind: 'receipt';
  receivedOn: string;
  amountMinor: number;
  method: Payment['method'];
  reference: string;
  /** The invoice it was recorded against, or null for a payment on account. */
  invoiceNumber: string | null;
}

export interface StatementEntry {
  date: string;
  type: 'service' | 'payment';
  /** A service's line, or how a payment was made. */
  description: string;
  code: string;
  /** The session a service line is for; null for a payment. */
  serviceDate: string | null;
  /** The invoice a service was billed on, or a payment was recorded against. */
  invoiceNumber: string | null;
  amountMinor: number;
  /** The balance after this entry. */
  balanceMinor: number;
}

export interface StatementDocumentData extends BillingDocumentBase {
  kind: 'statement';
  period: { from: string; to: string };
  entries: StatementEntry[];
  totals: { openingMinor: number; servicesMinor: number; paymentsMinor: number; closingMinor: number };
}

export type BillingDocumentData = InvoiceDocumentData | ReceiptDocumentData | StatementDocumentData;
