import type { PrintableDocument } from '../../../../shared/print/printable-document';

export type { PrintableDocument };

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
/** The same, given the document as gzipped JSON in base64 (see ChromiumSummaryPrinter.print). */
export const RENDER_PACKED_FUNCTION = 'renderPacked';
/** Readies a page before any document is given to it (fetches the faces every document uses). */
export const PREPARE_FUNCTION = 'preparePage';
export const SUMMARY_PAGE = 'summary.html';

/**
 * Both printers lay the page out as for paper from the start. Printing a page that is on the
 * screen switches it to print media, which makes Chromium restyle and lay the whole document out
 * again, and back after: for a 200-session summary that was about a third of the print.
 */
export const PRINT_MEDIA = 'print';
