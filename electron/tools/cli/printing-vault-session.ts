import type { ChromiumSummaryPrinter } from '../../core/features/pdf/chromium-printer';
import { requireSummaryPage } from '../../core/features/pdf/renderer-root';
import type { SummaryPrinter } from '../../core/features/pdf/summary-printer';
import type { Services } from '../../core/router/services';
import type { CliIo } from './cli-io';
import { withUnlockedVault } from './unlocked-vault';

/** The last paragraph of the help of a command that prints: what withPrintingVault needs. */
export const PRINTING_NEEDS = `Needs the built app (npx electron-vite build) and Chromium: /usr/bin/chromium, or the path in
$RAPPORT_CHROMIUM.`;

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
  const browser: { printer: ChromiumSummaryPrinter | null } = { printer: null };
  try {
    return await withUnlockedVault(
      io,
      vaultDir,
      ({ services }) => work(services, browser.printer!),
      async () => {
        // Loaded only here: the browser driver is large and no other command needs it.
        const { ChromiumSummaryPrinter } = await import('../../core/features/pdf/chromium-printer');
        browser.printer = new ChromiumSummaryPrinter();
        browser.printer.warmUp();
      },
    );
  } finally {
    await browser.printer?.close();
  }
}
