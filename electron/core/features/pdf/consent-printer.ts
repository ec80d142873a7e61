import type { ConsentDocumentData, IntakePacketData } from '../../../../shared/consent/consent-document';
import type {
  PrintConsentRequest,
  PrintPacketRequest,
  SignedDocument,
  TemplateVersion,
} from '../../../../shared/consent/consent-contract';
import { CONSENT_KINDS, isRelease } from '../../../../shared/consent/consent-kinds';
import { fillPlaceholders } from '../../../../shared/consent/consent-placeholders';
import { practiceValues } from '../../../../shared/consent/record-values';
import type { ChannelOutput } from '../../../../shared/contract';
import { appLocale } from '../../../../shared/dates/app-locale';
import { localDay } from '../../../../shared/dates/format-date';
import type { ExportResult } from '../../../../shared/pdf/pdf-output';
import { recordedScriptLanguages } from '../../../../shared/text/text-language';
import type { AuditEntry } from '../../db/audit';
import type { Db } from '../../db/connection';
import { printToChosenPath } from './print-to-chosen-path';
import { savePrintedPdf, type SavedSummary } from './save-printed-pdf';
import type { SummaryExportPorts } from './summary-service';
import type { PrintableDocument, SummaryPrinter } from './summary-printer';

/** What the PDFs say they are: never whose they are. */
const CONSENT_TITLE = 'Signed document';
const PACKET_TITLE = 'Intake packet';
const UNAVAILABLE = 'Saving a PDF is not available in this window.';

/** No client name: a file name shows in folder listings, recent-file menus and email subjects. */
export function consentFileName(signedOn: string): string {
  return `signed-document-${signedOn}.pdf`;
}

export function packetFileName(printedOn: string): string {
  return `intake-packet-${printedOn}.pdf`;
}

export interface ConsentPrintSources {
  db: () => Db;
  clients: { get(id: string): ChannelOutput<'clients:get'> };
  practice: { get(): ChannelOutput<'practice:get'> };
  billing: { settings(): { currency: string }; services(): ChannelOutput<'fees:list'> };
  consent: { document(id: string): SignedDocument; templates(): TemplateVersion[] };
}

/**
 * Signed consents and the blank intake packet, on the summary's print page, printer, fonts and
 * protection; each print is recorded in the audit trail by id, paper and protection only.
 */
export class ConsentPrinter {
  constructor(
    private readonly sources: ConsentPrintSources,
    private readonly ports: SummaryExportPorts | null,
    private readonly now: () => Date = () => new Date(),
    private readonly locale: () => string = appLocale,
  ) {}

  document(request: Pick<PrintConsentRequest, 'documentId' | 'paper'>): ConsentDocumentData {
    const signed = this.sources.consent.document(request.documentId);
    const { intake } = this.sources.clients.get(signed.clientId);
    return {
      kind: 'consent',
      locale: this.locale(),
      paper: request.paper,
      printedOn: localDay(this.now()),
      practice: this.practice(),
      document: {
        title: signed.title,
        text: signed.text,
        templateNumber: signed.templateNumber,
        recipient: signed.recipient,
        expiresOn: signed.expiresOn,
        signedOn: signed.signedOn,
        method: signed.method,
        signerName: signed.signerName,
        signaturePath: signed.signaturePath,
      },
      scriptLanguages: recordedScriptLanguages([
        intake.identity.preferredLanguage,
        intake.cultural.languages,
      ]),
    };
  }

  packet(request: Pick<PrintPacketRequest, 'paper'>): IntakePacketData {
    const practice = practiceValues({
      practice: this.sources.practice.get(),
      currency: this.sources.billing.settings().currency,
      services: this.sources.billing.services(),
    });
    // Nobody's own fee is known on a blank packet: it quotes the standard one.
    const values = { ...practice, 'fee.client': practice['fee.standard'] };
    const templates = this.sources.consent.templates();
    const documents = CONSENT_KINDS.flatMap((kind) => {
      const template = templates.find((t) => t.kind === kind);
      if (!template) return [];
      return [
        { title: template.title, text: fillPlaceholders(template.body, values), release: isRelease(kind) },
      ];
    });
    return {
      kind: 'intake-packet',
      locale: this.locale(),
      paper: request.paper,
      printedOn: localDay(this.now()),
      practice: this.practice(),
      documents,
    };
  }

  print(request: PrintConsentRequest): Promise<ExportResult> {
    return printToChosenPath(this.ports, {
      unavailable: UNAVAILABLE,
      prepare: () => this.document(request),
      fileName: (document) => consentFileName(document.document.signedOn),
      save: (path, printer, document) => this.saveTo(path, request, printer, document),
    });
  }

  printPacket(request: PrintPacketRequest): Promise<ExportResult> {
    return printToChosenPath(this.ports, {
      unavailable: UNAVAILABLE,
      prepare: () => this.packet(request),
      fileName: (document) => packetFileName(document.printedOn),
      save: (path, printer, document) => this.savePacketTo(path, request, printer, document),
    });
  }

  saveTo(
    path: string,
    request: PrintConsentRequest,
    printer: SummaryPrinter,
    document: ConsentDocumentData = this.document(request),
  ): Promise<SavedSummary> {
    return this.write(path, request, printer, document, CONSENT_TITLE, {
      action: 'consent.printed',
      entity: 'consent_document',
      entityId: request.documentId,
    });
  }

  savePacketTo(
    path: string,
    request: PrintPacketRequest,
    printer: SummaryPrinter,
    document: IntakePacketData = this.packet(request),
  ): Promise<SavedSummary> {
    return this.write(path, request, printer, document, PACKET_TITLE, {
      action: 'consent.packet-printed',
      detail: `documents=${document.documents.length}`,
    });
  }

  /** Prints, protects if asked, writes once and records it; a print that cannot be recorded is not left behind. */
  private async write(
    path: string,
    request: PrintPacketRequest,
    printer: SummaryPrinter,
    document: PrintableDocument,
    title: string,
    entry: AuditEntry,
  ): Promise<SavedSummary> {
    return savePrintedPdf({
      printer,
      document,
      path,
      password: request.password,
      title,
      db: this.sources.db(),
      audit: (isProtected) => {
        const detail = `paper=${request.paper}; protected=${isProtected ? 'yes' : 'no'}`;
        return { ...entry, detail: entry.detail ? `${entry.detail}; ${detail}` : detail };
      },
    });
  }

  private practice(): { name: string; phone: string } {
    const practice = this.sources.practice.get();
    return { name: practice.practiceName || practice.clinicianName, phone: practice.phone };
  }
}
