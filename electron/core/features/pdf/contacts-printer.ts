import type { ChannelOutput } from '../../../../shared/contract';
import type { ContactListRequest } from '../../../../shared/contacts/contacts-contract';
import type { ContactsDocumentData } from '../../../../shared/contacts/contacts-document';
import { appLocale } from '../../../../shared/dates/app-locale';
import type { ExportResult } from '../../../../shared/pdf/pdf-output';
import type { Db } from '../../db/connection';
import { printToChosenPath } from './print-to-chosen-path';
import { savePrintedPdf, type SavedSummary } from './save-printed-pdf';
import type { SummaryExportPorts } from './summary-service';
import type { SummaryPrinter } from './summary-printer';
import { gatherContactList } from './gather-contacts';

/** What the PDF says it is: never whose it is. */
const CONTACTS_TITLE = 'Contact list';

/** No client name, and none would fit: the list holds them all. */
export function contactListFileName(printedOn: string): string {
  return `contact-list-${printedOn}.pdf`;
}

export interface ContactsSources {
  db: () => Db;
  practice: { get(): ChannelOutput<'practice:get'> };
}

/**
 * The client contact list on the summary's print page, printer, fonts and protection, saved the
 * same way; the audit trail records how many clients it held, never who.
 */
export class ContactsPrinter {
  constructor(
    private readonly sources: ContactsSources,
    private readonly ports: SummaryExportPorts | null,
    private readonly now: () => Date = () => new Date(),
    private readonly locale: () => string = appLocale,
  ) {}

  document(request: ContactListRequest): ContactsDocumentData {
    return gatherContactList(
      this.sources.db(),
      this.sources.practice.get(),
      request,
      this.now(),
      this.locale(),
    );
  }

  print(request: ContactListRequest): Promise<ExportResult> {
    return printToChosenPath(this.ports, {
      unavailable: 'Saving the contact list is not available in this window.',
      prepare: () => this.document(request),
      fileName: (document) => contactListFileName(document.printedOn),
      save: (path, printer, document) => this.saveTo(path, request, printer, document),
    });
  }

  /** Makes the PDF in memory, protects it if asked, writes it once and records it; an unrecorded print is removed. */
  async saveTo(
    path: string,
    request: ContactListRequest,
    printer: SummaryPrinter,
    document: ContactsDocumentData = this.document(request),
  ): Promise<SavedSummary> {
    return savePrintedPdf({
      printer,
      document,
      path,
      password: request.password,
      title: CONTACTS_TITLE,
      db: this.sources.db(),
      audit: (isProtected) => ({
        action: 'contacts.printed',
        detail: `who=${request.who}; clients=${document.contacts.length}; paper=${request.paper}; protected=${isProtected ? 'yes' : 'no'}`,
      }),
    });
  }
}
