import type { ChannelOutput } from '../../../../shared/contract';
import type { PrintAmendmentLetterRequest } from '../../../../shared/amendments/amendment-contract';
import type { AmendmentLetterDocumentData } from '../../../../shared/amendments/amendment-letter';
import { appLocale } from '../../../../shared/dates/app-locale';
import { localDay } from '../../../../shared/dates/format-date';
import type { ExportResult } from '../../../../shared/pdf/pdf-output';
import { signerName } from '../../../../shared/practice/signer-name';
import type { Db } from '../../db/connection';
import { printToChosenPath } from './print-to-chosen-path';
import { savePrintedPdf, type SavedSummary } from './save-printed-pdf';
import type { SummaryExportPorts } from './summary-service';
import type { SummaryPrinter } from './summary-printer';

/** What the PDF says it is: never whose it is. */
const LETTER_TITLE = 'Letter';

/** No client name: a file name shows in folder listings, recent-file menus and email subjects. */
export function amendmentLetterFileName(printedOn: string): string {
  return `amendment-letter-${printedOn}.pdf`;
}

export interface AmendmentLetterSources {
  db: () => Db;
  amendments: { get(id: string): { id: string } };
  practice: { get(): ChannelOutput<'practice:get'> };
}

/**
 * The letter to the client about their amendment request, on the summary's print page, printer,
 * fonts and protection. The audit trail records which request's letter was printed, never its words.
 */
export class AmendmentLetterPrinter {
  constructor(
    private readonly sources: AmendmentLetterSources,
    private readonly ports: SummaryExportPorts | null,
    private readonly now: () => Date = () => new Date(),
    private readonly locale: () => string = appLocale,
  ) {}

  document(request: PrintAmendmentLetterRequest): AmendmentLetterDocumentData {
    this.sources.amendments.get(request.id);
    const practice = this.sources.practice.get();
    return {
      kind: 'amendment-letter',
      locale: this.locale(),
      paper: request.paper,
      printedOn: localDay(this.now()),
      letterhead: {
        name: practice.practiceName,
        clinician: signerName(practice),
        address: practice.address,
        phone: practice.phone,
        email: practice.email,
      },
      body: request.body,
    };
  }

  print(request: PrintAmendmentLetterRequest): Promise<ExportResult> {
    return printToChosenPath(this.ports, {
      unavailable: 'Saving a letter is not available in this window.',
      prepare: () => this.document(request),
      fileName: (document) => amendmentLetterFileName(document.printedOn),
      save: (path, printer, document) => this.saveTo(path, request, printer, document),
    });
  }

  /** Makes the PDF in memory, protects it if asked, writes it once and records it; an unrecorded print is removed. */
  async saveTo(
    path: string,
    request: PrintAmendmentLetterRequest,
    printer: SummaryPrinter,
    document: AmendmentLetterDocumentData = this.document(request),
  ): Promise<SavedSummary> {
    return savePrintedPdf({
      printer,
      document,
      path,
      password: request.password,
      title: LETTER_TITLE,
      db: this.sources.db(),
      audit: (isProtected) => ({
        action: 'amendment.letter-printed',
        entity: 'amendment_request',
        entityId: request.id,
        detail: `paper=${request.paper}; protected=${isProtected ? 'yes' : 'no'}`,
      }),
    });
  }
}
