import {
  usFormMessage,
  type SuperbillDocumentData,
  type SuperbillOptions,
  type SuperbillRequest,
} from '../../../../shared/billing/superbill-contract';
import { superbillFileName } from '../../../../shared/billing/superbill-period';
import { appLocale, inLocale } from '../../../../shared/dates/app-locale';
import type { ExportResult } from '../../../../shared/pdf/pdf-output';
import { AppError } from '../../base/app-error';
import { printToChosenPath } from './print-to-chosen-path';
import { savePrintedPdf, type SavedSummary } from './save-printed-pdf';
import { gatherSuperbill, type SuperbillSources } from './superbill-source';
import type { SummaryExportPorts } from './summary-service';
import type { SummaryPrinter } from './summary-printer';

/** What the PDF says it is, for every superbill: never whom it is about. */
const SUPERBILL_TITLE = 'Superbill';

export interface SavedSuperbill extends SavedSummary {
  sessions: number;
}

/**
 * Superbills: the statement a client sends their insurer to claim back what they paid. Made on the
 * same page, printer, fonts and protection as the client summary, and saved the same way.
 */
export class SuperbillService {
  constructor(
    private readonly sources: SuperbillSources,
    private readonly ports: SummaryExportPorts | null,
    private readonly now: () => Date = () => new Date(),
    private readonly locale: () => string = appLocale,
  ) {}

  /** Written in the system's locale, as the screens are, whatever process prints it. */
  preview(options: SuperbillOptions): SuperbillDocumentData {
    return inLocale(this.locale(), () => gatherSuperbill(this.sources, options, this.now()));
  }

  /** The app's export: checked first, then the person picks where, then it is made and written there. */
  export(request: SuperbillRequest): Promise<ExportResult> {
    return printToChosenPath(this.ports, {
      unavailable: 'Saving a superbill is not available in this window.',
      prepare: () => this.prepare(request),
      fileName: () => superbillFileName(request),
      save: (path, printer, document) => this.saveTo(path, request, printer, document),
    });
  }

  /**
   * Makes the PDF in memory, protects it if asked, writes it once to `path` and records the export
   * in the audit trail (client, period, how many sessions, protected or not; never the password or
   * an amount). An export that cannot be recorded is not left behind.
   */
  async saveTo(
    path: string,
    request: SuperbillRequest,
    printer: SummaryPrinter,
    document: SuperbillDocumentData = this.prepare(request),
  ): Promise<SavedSuperbill> {
    const saved = await savePrintedPdf({
      printer,
      document,
      path,
      password: request.password,
      title: SUPERBILL_TITLE,
      db: this.sources.db(),
      audit: (isProtected) => ({
        action: 'superbill.exported',
        entity: 'client',
        entityId: request.clientId,
        detail: [
          `from=${request.from}`,
          `to=${request.to}`,
          `sessions=${document.services.length}`,
          `paper=${request.paper}`,
          `draft=${request.draft ? 'yes' : 'no'}`,
          `protected=${isProtected ? 'yes' : 'no'}`,
        ].join('; '),
      }),
    });
    return { ...saved, sessions: document.services.length };
  }

  /**
   * The superbill, or why it cannot be made: nothing to claim or a session without a fee; what an
   * insurer needs is missing and no draft was asked for; or the practice does not bill in US dollars
   * and printing this US form anyway was not confirmed.
   */
  prepare(options: SuperbillOptions): SuperbillDocumentData {
    const document = this.preview(options);
    const blocking = document.gaps.find((gap) => gap.blocking);
    if (blocking) throw new AppError('VALIDATION', blocking.message);
    const claimGaps = document.gaps.filter((gap) => gap.draftOnly);
    if (claimGaps.length > 0 && !options.draft) {
      throw new AppError(
        'VALIDATION',
        `An insurer would reject this superbill. ${claimGaps.map((gap) => gap.message).join(' ')} Or make a draft, marked DRAFT on every page.`,
      );
    }
    if (document.currency !== 'USD' && !options.allowNonUs) {
      throw new AppError('VALIDATION', usFormMessage(document.currency));
    }
    return document;
  }
}
