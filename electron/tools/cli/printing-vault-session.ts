import type { SummaryPrinter } from '../../core/features/pdf/summary-printer';
import type { Services } from '../../core/router/services';
import type { CliIo } from './cli-io';
import type { ClosablePrinter, CliPrinting } from './cli-printing';
import { withUnlockedVault } from './unlocked-vault';

/** The last paragraph of the help of a command that prints: what withPrintingVault needs. */
export const PRINTING_NEEDS = `From the installed app (the "rapport" command its menu puts on the PATH, or the app's
executable run with --cli), it prints with the app's own Chromium and needs nothing else. From a
clone of the repository (npx rapport), it needs the built app (npx electron-vite build) and a
Chromium-family browser: the program named by $RAPPORT_CHROMIUM, or else Google Chrome, Chromium,
Microsoft Edge or Brave where they install (/Applications on macOS, Program Files or
AppData\\Local on Windows, /usr/bin, /opt or /snap/bin on Linux). It says on stderr what it prints
with.`;

/**
 * Runs `work` with the vault unlocked and the printer ready, then closes both whatever happens.
 * The printer starts while the vault's key is derived, so neither waits on the other.
 */
export async function withPrintingVault<T>(
  io: CliIo,
  vaultDir: string,
  printing: CliPrinting,
  work: (services: Services, printer: SummaryPrinter) => Promise<T>,
): Promise<T> {
  // Found before the passphrase is asked for, so a computer that cannot print is told at once.
  const found = printing.find(io.env);
  io.stderr.write(`Printing with ${found.description}.\n`);
  const opened: { printer: ClosablePrinter | null } = { printer: null };
  try {
    return await withUnlockedVault(
      io,
      vaultDir,
      ({ services }) => work(services, opened.printer!),
      async () => {
        opened.printer = await found.open();
      },
    );
  } finally {
    await opened.printer?.close();
  }
}
