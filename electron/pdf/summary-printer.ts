import type { SummaryDocumentData } from '../../shared/summary/summary-document';

/**
 * Turns a summary into PDF bytes, in memory. Two adapters drive the same page (summary.html) with
 * the same document component, stylesheet and fonts: Electron's printToPDF in the app, and
 * Chromium through playwright-core for the command line and the tests.
 */
export interface SummaryPrinter {
  print(document: SummaryDocumentData): Promise<Uint8Array>;
}

/** What the page's entry (renderer/src/summary/entry.tsx) puts on `window`. */
export const RENDER_FUNCTION = 'renderSummary';
export const SUMMARY_PAGE = 'summary.html';
