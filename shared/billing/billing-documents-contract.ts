import { z } from 'zod';
import { folderPath } from '../backup/backup-contract';
import { calendarDate } from '../dates/calendar-date';
import { exportResult, PAPER_SIZES, pdfPassword } from '../pdf/pdf-output';

/*
 * Invoices, receipts and statements of account as PDFs: what the clinician asks for, and what the
 * practice sets once for all of them (how to pay, and the tax wording its jurisdiction requires).
 */
const id = z.uuid('Unknown record.');
/** Bills go to the client, wherever they live: A4 unless US Letter is chosen. */
const paper = z.enum(PAPER_SIZES).default('A4');
const password = pdfPassword.optional();

function rangeInOrder(value: { from: string; to: string }, ctx: z.RefinementCtx): void {
  if (value.from > value.to) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'The end of the period must be after its start.' });
  }
}

const period = { from: calendarDate, to: calendarDate };

export const billingDocumentSettings = z.object({
  /** How to pay: bank details, a payment link, who cheques are made out to. */
  paymentDetails: z.string(),
  /** What the practice must say about tax, e.g. "Psychotherapy services are exempt from VAT". */
  taxWording: z.string(),
});
export type BillingDocumentSettings = z.output<typeof billingDocumentSettings>;

const settingsText = (max: number) =>
  z.string().trim().max(max, `Keep this under ${max} characters.`).default('');

export const billingDocumentSettingsInput = z.strictObject({
  paymentDetails: settingsText(1000),
  taxWording: settingsText(500),
});

export const invoicePdfRequest = z.strictObject({ invoiceId: id, paper, password });
export const receiptPdfRequest = z.strictObject({ paymentId: id, paper, password });
export const statementPdfRequest = z
  .strictObject({ clientId: id, ...period, paper, password })
  .superRefine(rangeInOrder);

export type InvoicePdfRequest = z.output<typeof invoicePdfRequest>;
export type ReceiptPdfRequest = z.output<typeof receiptPdfRequest>;
export type StatementPdfRequest = z.output<typeof statementPdfRequest>;

export const statementBatchPlanInput = z
  .strictObject({ ...period, folder: folderPath })
  .superRefine(rangeInOrder);

export const statementBatchPlan = z.object({
  /** One per client with an invoice issued or a payment received in the period, by name. */
  clients: z.array(z.object({ clientId: z.string(), chosenName: z.string(), fileName: z.string() })),
  /** Those files already in the folder: nothing is replaced, so the batch cannot start. */
  existing: z.array(z.string()),
});
export type StatementBatchPlan = z.output<typeof statementBatchPlan>;

export const statementToFolderRequest = z
  .strictObject({ clientId: id, ...period, folder: folderPath, paper, password })
  .superRefine(rangeInOrder);
export type StatementToFolderRequest = z.output<typeof statementToFolderRequest>;

export const billingDocumentsChannels = {
  'billing:documentSettings': { input: z.strictObject({}), output: billingDocumentSettings },
  'billing:updateDocumentSettings': {
    input: billingDocumentSettingsInput,
    output: billingDocumentSettings,
  },
  /** Each asks where to save (the system dialog), makes the PDF, protects it if asked, writes it there. */
  'billing:invoicePdf': { input: invoicePdfRequest, output: exportResult },
  'billing:receiptPdf': { input: receiptPdfRequest, output: exportResult },
  'billing:statementPdf': { input: statementPdfRequest, output: exportResult },
  /** Who gets a statement for the period, under which file names, and which of those are already there. */
  'billing:statementBatchPlan': { input: statementBatchPlanInput, output: statementBatchPlan },
  /** One client's statement into the chosen folder, under its batch name; an existing file is never replaced. */
  'billing:statementToFolder': {
    input: statementToFolderRequest,
    output: z.object({ fileName: z.string(), pages: z.number(), bytes: z.number(), protected: z.boolean() }),
  },
} as const;
