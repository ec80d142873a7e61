import type { ExportRequest, SummarySource } from '../../../../shared/summary/summary-contract';
import type { ExportResult } from '../../../../shared/pdf/pdf-output';
import { appLocale, inLocale } from '../../../../shared/dates/app-locale';
import { selectSummary } from '../../../../shared/summary/select-summary';
import { CULTURAL_DOMAIN_KEYS } from '../../../../shared/summary/summary-sections';
import { defaultSummaryFileName } from './default-file-name';
import { gatherSummary, type SummarySources } from './gather-summary';
import { printToChosenPath } from './print-to-chosen-path';
import { savePrintedPdf, type SavedSummary } from './save-printed-pdf';
import type { SummaryPrinter } from './summary-printer';

/** What only the shell can provide: a printer, and a place to save chosen by the person. */
export interface SummaryExportPorts {
  printer: SummaryPrinter;
  /** Shows the system save dialog; null when the person cancels. */
  choosePath(defaultName: string): Promise<string | null>;
}

export class SummaryService {
  constructor(
    private readonly sources: SummarySources,
    private readonly ports: SummaryExportPorts | null,
    private readonly now: () => Date = () => new Date(),
    private readonly locale: () => string = appLocale,
  ) {}

  preview(clientId: string): SummarySource {
    return gatherSummary(this.sources, clientId, this.now());
  }

  /** The app's export: the person picks where, then the summary is made and written there. */
  export(request: ExportRequest): Promise<ExportResult> {
    return printToChosenPath(this.ports, {
      unavailable: 'Saving a summary is not available in this window.',
      prepare: () => this.preview(request.clientId),
      fileName: (source) => defaultSummaryFileName(source.generatedOn),
      save: (path, printer, source) => this.saveTo(path, request, printer, source),
    });
  }

  /**
   * Makes the PDF in memory, protects it if asked, writes it once to `path` and records the export
   * in the audit trail (which client, which sections, protected or not; never the password). An
   * export that cannot be recorded is not left behind.
   */
  async saveTo(
    path: string,
    request: ExportRequest,
    printer: SummaryPrinter,
    source: SummarySource = this.preview(request.clientId),
  ): Promise<SavedSummary> {
    // Written in the system's locale, as the screens are, whatever process prints it.
    const document = inLocale(this.locale(), () => selectSummary(source, request));
    return savePrintedPdf({
      printer,
      document,
      path,
      password: request.password,
      db: this.sources.db(),
      audit: (isProtected) => ({
        action: 'summary.exported',
        entity: 'client',
        entityId: request.clientId,
        detail: auditDetail(request, isProtected),
      }),
    });
  }
}

/** The purpose, section keys, the period and the paper: choices, never content. */
function auditDetail(request: ExportRequest, isProtected: boolean): string {
  return [
    `purpose=${request.purpose || 'custom'}`,
    `sections=${request.sections.join(',')}`,
    request.sections.includes('cultural')
      ? `cultural=${request.culturalDomains.length === CULTURAL_DOMAIN_KEYS.length ? 'all' : request.culturalDomains.join(',')}`
      : '',
    `from=${request.from || 'start'}`,
    `to=${request.to || 'now'}`,
    `paper=${request.paper}`,
    request.ruptureLabels ? '' : 'ruptures=no',
    `protected=${isProtected ? 'yes' : 'no'}`,
  ]
    .filter(Boolean)
    .join('; ');
}
