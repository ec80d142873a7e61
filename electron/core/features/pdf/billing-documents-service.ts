import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { BillingDocumentData } from '../../../../shared/billing/billing-document';
import {
  batchStatementFileName,
  invoiceFileName,
  receiptFileName,
  statementFileName,
} from '../../../../shared/billing/billing-document-names';
import type {
  InvoicePdfRequest,
  ReceiptPdfRequest,
  StatementBatchPlan,
  StatementPdfRequest,
  StatementToFolderRequest,
} from '../../../../shared/billing/billing-documents-contract';
import { appLocale, inLocale } from '../../../../shared/dates/app-locale';
import type { ExportResult } from '../../../../shared/pdf/pdf-output';
import { clientsWithActivity } from '../../db/statements';
import { AppError } from '../../base/app-error';
import {
  gatherInvoice,
  gatherReceipt,
  gatherStatement,
  type BillingDocumentSources,
} from './billing-document-source';
import { printToChosenPath } from './print-to-chosen-path';
import { savePrintedPdf, type SavedSummary } from './save-printed-pdf';
import type { SummaryExportPorts } from './summary-service';
import type { SummaryPrinter } from './summary-printer';

/** What each PDF says it is in its properties: never whom it is about. */
const TITLES = { invoice: 'Invoice', receipt: 'Receipt', statement: 'Statement of account' } as const;
const UNAVAILABLE = 'Saving a PDF is not available in this window.';

/** What the audit trail records of an export: ids and counts, never an amount or a name. */
interface AuditFacts {
  action: 'invoice.exported' | 'receipt.exported' | 'statement.exported';
  entity: 'invoice' | 'payment' | 'client';
  entityId: string;
  detail: string[];
}

/**
 * Invoices, receipts and statements of account: made on the same page, printer, fonts and
 * protection as the client summary and the superbill, saved the same way, and each recorded in
 * the audit trail.
 */
export class BillingDocumentsService {
  constructor(
    private readonly sources: BillingDocumentSources,
    private readonly ports: SummaryExportPorts | null,
    private readonly now: () => Date = () => new Date(),
    private readonly locale: () => string = appLocale,
  ) {}

  invoice(request: Pick<InvoicePdfRequest, 'invoiceId' | 'paper'>) {
    return this.inLocale(() => gatherInvoice(this.sources, request.invoiceId, request.paper, this.now()));
  }

  receipt(request: Pick<ReceiptPdfRequest, 'paymentId' | 'paper'>) {
    return this.inLocale(() => gatherReceipt(this.sources, request.paymentId, request.paper, this.now()));
  }

  statement(request: Pick<StatementPdfRequest, 'clientId' | 'from' | 'to' | 'paper'>) {
    return this.inLocale(() => gatherStatement(this.sources, request, this.now()));
  }

  exportInvoice(request: InvoicePdfRequest): Promise<ExportResult> {
    return printToChosenPath(this.ports, {
      unavailable: UNAVAILABLE,
      prepare: () => this.invoice(request),
      fileName: (document) => invoiceFileName(document.number),
      save: (path, printer, document) => this.saveInvoice(path, request, printer, document),
    });
  }

  exportReceipt(request: ReceiptPdfRequest): Promise<ExportResult> {
    return printToChosenPath(this.ports, {
      unavailable: UNAVAILABLE,
      prepare: () => this.receipt(request),
      fileName: (document) => receiptFileName(document.receivedOn),
      save: (path, printer, document) => this.saveReceipt(path, request, printer, document),
    });
  }

  exportStatement(request: StatementPdfRequest): Promise<ExportResult> {
    return printToChosenPath(this.ports, {
      unavailable: UNAVAILABLE,
      prepare: () => this.statement(request),
      fileName: () => statementFileName(request),
      save: (path, printer, document) => this.saveStatement(path, request, printer, document),
    });
  }

  saveInvoice(
    path: string,
    request: InvoicePdfRequest,
    printer: SummaryPrinter,
    document = this.invoice(request),
  ): Promise<SavedSummary> {
    return this.save(path, document, request.password, printer, {
      action: 'invoice.exported',
      entity: 'invoice',
      entityId: request.invoiceId,
      detail: [`lines=${document.lines.length}`],
    });
  }

  saveReceipt(
    path: string,
    request: ReceiptPdfRequest,
    printer: SummaryPrinter,
    document = this.receipt(request),
  ): Promise<SavedSummary> {
    return this.save(path, document, request.password, printer, {
      action: 'receipt.exported',
      entity: 'payment',
      entityId: request.paymentId,
      detail: [`client=${document.clientId}`],
    });
  }

  saveStatement(
    path: string,
    request: StatementPdfRequest,
    printer: SummaryPrinter,
    document = this.statement(request),
    replace = true,
  ): Promise<SavedSummary> {
    return this.save(
      path,
      document,
      request.password,
      printer,
      {
        action: 'statement.exported',
        entity: 'client',
        entityId: request.clientId,
        detail: [`from=${request.from}`, `to=${request.to}`, `entries=${document.entries.length}`],
      },
      replace,
    );
  }

  /** Who a batch writes a statement for, under which names, and which of those files are already there. */
  batchPlan(request: { from: string; to: string; folder: string }): StatementBatchPlan {
    requireFolder(request.folder);
    const clients = clientsWithActivity(this.sources.db(), request.from, request.to).map((c) => ({
      ...c,
      fileName: batchStatementFileName(request, c.clientId),
    }));
    if (new Set(clients.map((c) => c.fileName)).size !== clients.length) {
      throw new AppError(
        'CONFLICT',
        'Two clients’ statements would share a file name: print those one at a time.',
      );
    }
    const existing = clients.map((c) => c.fileName).filter((name) => existsSync(join(request.folder, name)));
    return { clients, existing };
  }

  /** One client's statement of a batch, into the chosen folder; a file already there is never replaced. */
  async statementToFolder(request: StatementToFolderRequest, printer?: SummaryPrinter) {
    requireFolder(request.folder);
    const use = printer ?? this.ports?.printer;
    if (!use) throw new AppError('INTERNAL', 'Saving statements is not available in this window.');
    const fileName = batchStatementFileName(request, request.clientId);
    const path = join(request.folder, fileName);
    if (existsSync(path)) {
      throw new AppError('CONFLICT', `${fileName} is already in that folder: nothing was replaced.`);
    }
    const saved = await this.saveStatement(path, request, use, undefined, false);
    return { fileName, ...saved };
  }

  private inLocale<T>(gather: () => T): T {
    return inLocale(this.locale(), gather);
  }

  /**
   * Makes the PDF in memory, protects it if asked, writes it once to `path` and records the export
   * (ids and counts; never the password, an amount or a name). An export that cannot be recorded
   * is not left behind.
   */
  private async save(
    path: string,
    document: BillingDocumentData,
    password: string | undefined,
    printer: SummaryPrinter,
    audit: AuditFacts,
    replace = true,
  ): Promise<SavedSummary> {
    return savePrintedPdf({
      printer,
      document,
      path,
      password,
      title: TITLES[document.kind],
      replace,
      db: this.sources.db(),
      audit: (isProtected) => ({
        action: audit.action,
        entity: audit.entity,
        entityId: audit.entityId,
        detail: [...audit.detail, `paper=${document.paper}`, `protected=${isProtected ? 'yes' : 'no'}`].join(
          '; ',
        ),
      }),
    });
  }
}

function requireFolder(folder: string): void {
  if (!isAbsolute(folder) || !existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new AppError('VALIDATION', 'That folder is not there any more: choose another.');
  }
}
