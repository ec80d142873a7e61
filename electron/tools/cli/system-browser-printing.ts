import { browserOnThisComputer } from '../../core/features/pdf/find-browser';
import { requireSummaryPage } from '../../core/features/pdf/renderer-root';
import type { CliPrinting } from './cli-printing';

/**
 * Printing for the `rapport` bin run by Node from a clone of the repository (and for the tests):
 * the built summary page and a Chromium-family browser installed on the computer, driven by
 * playwright-core, which is a development dependency and never part of the installed app.
 */
export const systemBrowserPrinting: CliPrinting = {
  find(env) {
    requireSummaryPage();
    const found = browserOnThisComputer(env);
    return {
      description: `${found.name} (${found.path})`,
      async open() {
        // Loaded only here: the browser driver is large and no other command needs it.
        const { ChromiumSummaryPrinter } = await import('../../core/features/pdf/chromium-printer');
        const printer = new ChromiumSummaryPrinter({ executablePath: found.path });
        printer.warmUp();
        return printer;
      },
    };
  },
};
