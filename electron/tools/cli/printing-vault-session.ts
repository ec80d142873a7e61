import type { ChromiumSummaryPrinter } from '../../core/features/pdf/chromium-printer';
import { browserOnThisComputer } from '../../core/features/pdf/find-browser';
import { requireSummaryPage } from '../../core/features/pdf/renderer-root';
import type { SummaryPrinter } from '../../core/features/pdf/summary-printer';
import type { Services } from '../../core/router/services';
import type { CliIo } from './cli-io';
import { withUnlockedVault } from './unlocked-vault';

/** The last paragraph of the help of a command that prints: what withPrintingVault needs. */
export const PRINTING_NEEDS = `Needs the built app (npx electron-vite build) and a Chromium-family browser: the program named
by $RAPPORT_CHROMIUM, or else Google Chrome, Chromium, Microsoft Edge or Brave where they install
(/Applications on macOS, Program Files or AppData\\Local on Windows, /usr/bin, /opt or /snap/bin on
Linux). It says on stderr which one it prints with.`;

/**
 * Runs `work` with the vault unlocked and Chromium ready to print, then closes both whatever
 * happens. The browser starts while the vault's key is derived, so neither waits on the other.
 */
export async function withPrintingVault<T>(
  io: CliIo,
  vaultDir: string,
  work: (services: Services, printer: SummaryPrinter) => Promise<T>,
): Promise<T> {
  requireSummaryPage();
  // Found before the passphrase is asked for, so a computer without a browser is told at once.
  const found = browserOnThisComputer(io.env);
  io.stderr.write(`Printing with ${found.name} (${found.path}).\n`);
  const browser: { printer: ChromiumSummaryPrinter | null } = { printer: null };
  try {
    return await withUnlockedVault(
      io,
      vaultDir,
      ({ services }) => work(services, browser.printer!),
      async () => {
        // Loaded only here: the browser driver is large and no other command needs it.
        const { ChromiumSummaryPrinter } = await import('../../core/features/pdf/chromium-printer');
        browser.printer = new ChromiumSummaryPrinter({ executablePath: found.path });
        browser.printer.warmUp();
      },
    );
  } finally {
    await browser.printer?.close();
  }
}
