import { unlink } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ExportRequest, SummarySource } from '../../../../shared/summary/summary-contract';
import type { ExportResult } from '../../../../shared/pdf/pdf-output';
import { appLocale, inLocale } from '../../../../shared/dates/app-locale';
import { selectSummary } from '../../../../shared/summary/select-summary';
import { CULTURAL_DOMAIN_KEYS } from '../../../../shared/summary/summary-sections';
import { appendAudit } from '../../db/audit';
import { AppError } from '../../base/app-error';
import { defaultSummaryFileName } from './default-file-name';
import { gatherSummary, type SummarySources } from './gather-summary';
import { finishPdf } from './protect-pdf';
import type { SummaryPrinter } from './summary-printer';
import { writePdfFile } from './write-pdf-file';

/** What only the shell can provide: a printer, and a place to save chosen by the person. */
export interface SummaryExportPorts {
  printer: SummaryPrinter;
  /** Shows the system save dialog; null when the person cancels. */
  choosePath(defaultName: string): Promise<string | null>;
}

export interface SavedSummary {
  pages: number;
  bytes: number;
  protected: boolean;
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
  async export(request: ExportRequest): Promise<ExportResult> {
    if (!this.ports) {
      throw new AppError('INTERNAL', 'Saving a summary is not available in this window.');
    }
    const source = this.preview(request.clientId);
    const path = await this.ports.choosePath(defaultSummaryFileName(source.generatedOn));
    if (path === null) return { status: 'cancelled' };
    const saved = await this.saveTo(path, request, this.ports.printer, source);
    return { status: 'saved', fileName: basename(path), ...saved };
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
    const printed = await printer.print(document);
    const finished = await finishPdf(printed, { password: request.password });
    writePdfFile(path, finished.bytes);
    const isProtected = Boolean(request.password);
    try {
      appendAudit(this.sources.db(), {
        action: 'summary.exported',
        entity: 'client',
        entityId: request.clientId,
        detail: auditDetail(request, isProtected),
      });
    } catch (error) {
      await unlink(path).catch(() => undefined);
      throw error;
    }
    return { pages: finished.pages, bytes: finished.bytes.length, protected: isProtected };
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
