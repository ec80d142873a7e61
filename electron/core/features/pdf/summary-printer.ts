import type { AmendmentLetterDocumentData } from '../../../../shared/amendments/amendment-letter';
import type { SuperbillDocumentData } from '../../../../shared/billing/superbill-contract';
import type { SafetyPlanDocumentData } from '../../../../shared/safety-plan/safety-plan-document';
import type { SummaryDocumentData } from '../../../../shared/summary/summary-document';

/** What the print page renders: a client summary, a superbill, a safety plan or a letter (these say so in their `kind`). */
export type PrintableDocument =
  SummaryDocumentData | SuperbillDocumentData | SafetyPlanDocumentData | AmendmentLetterDocumentData;

/**
 * Turns a summary or a superbill into PDF bytes, in memory. Two adapters drive the same page
 * (summary.html) with the same document components, stylesheets and fonts: Electron's printToPDF
 * in the app, and Chromium through playwright-core for the command line and the tests.
 */
export interface SummaryPrinter {
  print(document: PrintableDocument): Promise<Uint8Array>;
}

/** What the page's entry (renderer/src/print/print-entry.tsx) puts on `window`. */
export const RENDER_FUNCTION = 'renderSummary';
export const SUMMARY_PAGE = 'summary.html';
