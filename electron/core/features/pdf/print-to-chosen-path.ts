import { basename } from 'node:path';
import type { ExportResult } from '../../../../shared/pdf/pdf-output';
import { AppError } from '../../base/app-error';
import type { SavedSummary } from './save-printed-pdf';
import type { SummaryExportPorts } from './summary-service';
import type { SummaryPrinter } from './summary-printer';

/** One kind of document, as the app prints it through the shell's save dialog. */
export interface ChosenPathPrint<D> {
  /** The refusal where the shell gave no printer and save dialog (the command line, a test). */
  unavailable: string;
  /** Gathers and checks the document, so that a refusal comes before any dialog. */
  prepare: () => D | Promise<D>;
  /** The name the dialog suggests: never a client's name. */
  fileName: (document: D) => string;
  /** Makes the PDF and writes it to `path`, recorded in the audit trail (the printer's own saveTo). */
  save: (path: string, printer: SummaryPrinter, document: D) => Promise<SavedSummary>;
}

/**
 * The app's print of any document: checked first, then the person picks where, then it is made and
 * written there. A closed dialog writes and records nothing; the answer names the file, not where it went.
 */
export async function printToChosenPath<D>(
  ports: SummaryExportPorts | null,
  print: ChosenPathPrint<D>,
): Promise<ExportResult> {
  if (!ports) throw new AppError('INTERNAL', print.unavailable);
  const document = await print.prepare();
  const path = await ports.choosePath(print.fileName(document));
  if (path === null) return { status: 'cancelled' };
  const saved = await print.save(path, ports.printer, document);
  return { status: 'saved', fileName: basename(path), ...saved };
}
