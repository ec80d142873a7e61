import { unlink } from 'node:fs/promises';
import type { PrintableDocument } from '../../../../shared/print/printable-document';
import type { Db } from '../../db/connection';
import { appendAudit, type AuditEntry } from '../../db/audit';
import { finishPdf, type FinishedPdf } from './protect-pdf';
import type { SummaryPrinter } from './summary-printer';
import { writeNewPdfFile, writePdfFile } from './write-pdf-file';

export interface SavedSummary {
  pages: number;
  bytes: number;
  protected: boolean;
}

export interface PrintJob {
  printer: SummaryPrinter;
  document: PrintableDocument;
  path: string;
  password?: string;
  /** The document's kind as the PDF's title ("Superbill"), never whom it is about. */
  title?: string;
  /** Looks at the finished PDF before anything is written: a refusal thrown here writes nothing. */
  check?: (finished: FinishedPdf) => void;
  /** False for a batch into a folder, where nobody was asked about replacing a file. */
  replace?: boolean;
  db: Db;
  /** What the export records: ids and choices, never content. */
  audit: (isProtected: boolean) => AuditEntry;
}

/**
 * Every PDF Rapport saves goes this way: printed in memory, protected if asked, written once to the
 * chosen place, then recorded in the audit trail. A PDF whose export cannot be recorded is not
 * left behind.
 */
export async function savePrintedPdf(job: PrintJob): Promise<SavedSummary> {
  const printed = await job.printer.print(job.document);
  const finished = await finishPdf(printed, { password: job.password, title: job.title });
  job.check?.(finished);
  if (job.replace === false) writeNewPdfFile(job.path, finished.bytes);
  else writePdfFile(job.path, finished.bytes);
  const isProtected = Boolean(job.password);
  try {
    appendAudit(job.db, job.audit(isProtected));
  } catch (error) {
    await unlink(job.path).catch(() => undefined);
    throw error;
  }
  return { pages: finished.pages, bytes: finished.bytes.length, protected: isProtected };
}
