import { BrowserWindow } from 'electron';
import {
  PRINT_MEDIA,
  RENDER_FUNCTION,
  SUMMARY_PAGE,
  type PrintableDocument,
  type SummaryPrinter,
} from '../core/features/pdf/summary-printer';
import { hardenedWebPreferences } from './web-preferences';
import { APP_ORIGIN } from './app-origin';

/**
 * Print media from the start, as the command line's printer does (PRINT_MEDIA),
 * through the window's own DevTools protocol session, which is main-side only. It only saves time:
 * a print whose media could not be set is still made, the same, a little slower.
 */
async function layOutForPaper(window: BrowserWindow): Promise<void> {
  try {
    window.webContents.debugger.attach();
    await window.webContents.debugger.sendCommand('Emulation.setEmulatedMedia', { media: PRINT_MEDIA });
  } catch {
    // Nothing to report: the print goes ahead with screen media until Chromium switches it.
  }
}

/**
 * The app's printer: a hidden, sandboxed window on the app's own summary page, given the summary by
 * script, printed by Chromium's print engine (the same one the command line drives) and destroyed.
 * The PDF comes back as bytes; the window has no preload and cannot reach the bridge.
 */
export function createElectronSummaryPrinter(): SummaryPrinter {
  return {
    async print(document: PrintableDocument): Promise<Uint8Array> {
      const window = new BrowserWindow({
        show: false,
        width: 900,
        height: 1200,
        webPreferences: hardenedWebPreferences({ devTools: false, backgroundThrottling: false }),
      });
      try {
        await window.loadURL(`${APP_ORIGIN}/${SUMMARY_PAGE}`);
        await layOutForPaper(window);
        // The data arrives as a string literal that JSON.parse reads (never as markup), which V8 reads
        // faster than the same data written as an object literal.
        const json = JSON.stringify(JSON.stringify(document));
        await window.webContents.executeJavaScript(`window.${RENDER_FUNCTION}(JSON.parse(${json}))`);
        const pdf = await window.webContents.printToPDF({
          pageSize: document.paper,
          preferCSSPageSize: true,
          printBackground: true,
          generateTaggedPDF: true,
          generateDocumentOutline: true,
        });
        return new Uint8Array(pdf);
      } finally {
        window.destroy();
      }
    },
  };
}
