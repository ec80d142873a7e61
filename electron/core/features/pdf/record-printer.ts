import { appLocale } from '../../../../shared/dates/app-locale';
import { localDay } from '../../../../shared/dates/format-date';
import type { ExportResult } from '../../../../shared/pdf/pdf-output';
import type { RecordRequest } from '../../../../shared/record/record-contract';
import type { RecordDocumentData } from '../../../../shared/record/record-document';
import { recordedScriptLanguages } from '../../../../shared/text/text-language';
import { gatherRecordNotes, type RecordSources } from './gather-record';
import { printToChosenPath } from './print-to-chosen-path';
import { savePrintedPdf, type SavedSummary } from './save-printed-pdf';
import type { SummaryExportPorts } from './summary-service';
import type { SummaryPrinter } from './summary-printer';

/** What the PDF says it is: never whose it is. */
const RECORD_TITLE = 'Clinical record';

/** No client name: a file name shows in folder listings, recent-file menus and email subjects. */
export function recordFileName(preparedOn: string): string {
  return `record-${preparedOn}.pdf`;
}

export interface SavedRecord extends SavedSummary {
  notes: number;
}

/**
 * The record printout, for a records request or a transfer: the client's progress notes in full,
 * behind a cover page, on the same print page, printer, fonts and protection as the summary, saved
 * the same way and recorded in the audit trail by ids and counts.
 */
export class RecordPrinter {
  constructor(
    private readonly sources: RecordSources,
    private readonly ports: SummaryExportPorts | null,
    private readonly now: () => Date = () => new Date(),
    private readonly locale: () => string = appLocale,
  ) {}

  document(request: RecordRequest): RecordDocumentData {
    const record = this.sources.clients.get(request.clientId);
    const notes = gatherRecordNotes(this.sources, request);
    const { identity, cultural } = record.intake;
    const days = notes.map((n) => n.date);
    return {
      kind: 'record',
      locale: this.locale(),
      paper: request.paper,
      preparedOn: localDay(this.now()),
      practice: this.sources.practice.get(),
      client: {
        name: record.chosenName,
        legalName: record.legalName || identity.legalName,
        dateOfBirth: identity.dateOfBirth,
      },
      scope: request.scope,
      period:
        request.scope === 'period'
          ? { from: request.from!, to: request.to! }
          : { from: days[0]!, to: days.at(-1)! },
      recipient: request.recipient.trim(),
      purpose: request.purpose.trim(),
      drafts: notes.filter((n) => n.signature === null).length,
      processNoteDays: notes.filter((n) => n.processNote).map((n) => n.date),
      notes,
      scriptLanguages: recordedScriptLanguages([identity.preferredLanguage, cultural.languages]),
    };
  }

  /** The app's print: checked first, then the person picks where, then it is made and written there. */
  print(request: RecordRequest): Promise<ExportResult> {
    return printToChosenPath(this.ports, {
      unavailable: 'Saving the record is not available in this window.',
      prepare: () => this.document(request),
      fileName: (document) => recordFileName(document.preparedOn),
      save: (path, printer, document) => this.saveTo(path, request, printer, document),
    });
  }

  /**
   * Makes the PDF in memory, protects it if asked, writes it once to `path` and records the export:
   * which client, how many notes, drafts and psychotherapy notes, the period, never the recipient,
   * the purpose or a word of the notes. A printout that cannot be recorded is not left behind.
   */
  async saveTo(
    path: string,
    request: RecordRequest,
    printer: SummaryPrinter,
    document: RecordDocumentData = this.document(request),
  ): Promise<SavedRecord> {
    const saved = await savePrintedPdf({
      printer,
      document,
      path,
      password: request.password,
      title: RECORD_TITLE,
      db: this.sources.db(),
      audit: (isProtected) => ({
        action: 'record.printed',
        entity: 'client',
        entityId: request.clientId,
        detail: [
          `scope=${request.scope}`,
          request.scope === 'note' ? `note=${request.noteId}` : '',
          `from=${document.period.from}`,
          `to=${document.period.to}`,
          `notes=${document.notes.length}`,
          `drafts=${document.drafts}`,
          `processNotes=${request.processNoteIds.length}`,
          request.processNoteIds.length ? `processNoteIds=${request.processNoteIds.join(',')}` : '',
          `paper=${request.paper}`,
          `protected=${isProtected ? 'yes' : 'no'}`,
        ]
          .filter(Boolean)
          .join('; '),
      }),
    });
    return { ...saved, notes: document.notes.length };
  }
}
