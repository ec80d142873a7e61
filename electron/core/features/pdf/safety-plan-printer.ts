import type { ChannelOutput } from '../../../../shared/contract';
import { appLocale } from '../../../../shared/dates/app-locale';
import { localDay } from '../../../../shared/dates/format-date';
import type { PrintSafetyPlanRequest } from '../../../../shared/safety-plan/safety-plan-contract';
import type { SafetyPlanDocumentData } from '../../../../shared/safety-plan/safety-plan-document';
import type { SafetyPlanVersion } from '../../../../shared/safety-plan/safety-plan-schema';
import { SAFETY_PLAN_SECTIONS } from '../../../../shared/safety-plan/safety-plan-sections';
import type { ExportResult } from '../../../../shared/pdf/pdf-output';
import { recordedScriptLanguages } from '../../../../shared/text/text-language';
import type { Db } from '../../db/connection';
import { AppError } from '../../base/app-error';
import { printToChosenPath } from './print-to-chosen-path';
import { savePrintedPdf, type SavedSummary } from './save-printed-pdf';
import type { SummaryExportPorts } from './summary-service';
import type { SummaryPrinter } from './summary-printer';

/** What the PDF says it is: never whose it is. */
const SAFETY_PLAN_TITLE = 'Safety plan';

/** No client name: a file name shows in folder listings, recent-file menus and email subjects. */
export function safetyPlanFileName(printedOn: string): string {
  return `safety-plan-${printedOn}.pdf`;
}

export interface SafetyPlanSources {
  db: () => Db;
  safetyPlans: { version(versionId: string): { clientId: string; version: SafetyPlanVersion } };
  clients: { get(id: string): ChannelOutput<'clients:get'> };
  practice: { get(): ChannelOutput<'practice:get'> };
}

/**
 * The client's own copy of their safety plan: one page, on the same print page, printer, fonts and
 * protection as the summary, saved the same way and recorded in the audit trail by version id.
 */
export class SafetyPlanPrinter {
  constructor(
    private readonly sources: SafetyPlanSources,
    private readonly ports: SummaryExportPorts | null,
    private readonly now: () => Date = () => new Date(),
    private readonly locale: () => string = appLocale,
  ) {}

  document(request: Pick<PrintSafetyPlanRequest, 'versionId' | 'paper'>): SafetyPlanDocumentData {
    const { clientId, version } = this.sources.safetyPlans.version(request.versionId);
    const { intake } = this.sources.clients.get(clientId);
    const practice = this.sources.practice.get();
    return {
      kind: 'safety-plan',
      locale: this.locale(),
      paper: request.paper,
      printedOn: localDay(this.now()),
      version: { number: version.number, agreedOn: version.agreement?.agreedOn ?? '' },
      practice: { name: practice.practiceName || practice.clinicianName, phone: practice.phone },
      sections: SAFETY_PLAN_SECTIONS.map((s) => ({
        key: s.key,
        title: s.title,
        items: version.sections[s.key],
      })),
      scriptLanguages: recordedScriptLanguages([
        intake.identity.preferredLanguage,
        intake.cultural.languages,
      ]),
    };
  }

  /** The app's print: the person picks where, then the page is made and written there. */
  print(request: PrintSafetyPlanRequest): Promise<ExportResult> {
    return printToChosenPath(this.ports, {
      unavailable: 'Saving a safety plan is not available in this window.',
      prepare: () => this.document(request),
      fileName: (document) => safetyPlanFileName(document.printedOn),
      save: (path, printer, document) => this.saveTo(path, request, printer, document),
    });
  }

  /**
   * Makes the PDF in memory and refuses it unless it is one page; protects it if asked, writes it
   * once to `path` and records which version was printed (never the password or the plan's words).
   * A print that cannot be recorded is not left behind.
   */
  async saveTo(
    path: string,
    request: PrintSafetyPlanRequest,
    printer: SummaryPrinter,
    document: SafetyPlanDocumentData = this.document(request),
  ): Promise<SavedSummary> {
    return savePrintedPdf({
      printer,
      document,
      path,
      password: request.password,
      title: SAFETY_PLAN_TITLE,
      check: (finished) => {
        if (finished.pages !== 1) {
          throw new AppError(
            'VALIDATION',
            'This safety plan does not fit on one page. Shorten or remove some lines, then print it again.',
          );
        }
      },
      db: this.sources.db(),
      audit: (isProtected) => ({
        action: 'safety-plan.printed',
        entity: 'safety_plan_version',
        entityId: request.versionId,
        detail: `paper=${request.paper}; protected=${isProtected ? 'yes' : 'no'}`,
      }),
    });
  }
}
