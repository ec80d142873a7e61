import type { CliPrinting } from '../tools/cli/cli-printing';
import { createElectronSummaryPrinter } from './pdf-printer';

/**
 * The command line's printer inside the installed app: the app's own, a hidden window printed by
 * Electron's Chromium, so a clinician's computer needs no browser and no playwright-core (a
 * development dependency that is not in the package). Its windows are destroyed after each PDF:
 * there is nothing to close.
 */
export const appPrinting: CliPrinting = {
  find() {
    return {
      description: `Rapport's own Chromium (${process.versions.chrome})`,
      async open() {
        return { ...createElectronSummaryPrinter(), close: async () => undefined };
      },
    };
  },
};
