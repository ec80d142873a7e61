import { BrowserWindow } from 'electron';
import {
  RENDER_FUNCTION,
  SUMMARY_PAGE,
  type PrintableDocument,
  type SummaryPrinter,
} from '../core/features/pdf/summary-printer';
import { hardenedWebPreferences } from './web-preferences';
import { APP_ORIGIN } from './app-origin';

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
        // JSON is a JavaScript expression: the data arrives as a value, never as markup.
        await window.webContents.executeJavaScript(`window.${RENDER_FUNCTION}(${JSON.stringify(document)})`);
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
