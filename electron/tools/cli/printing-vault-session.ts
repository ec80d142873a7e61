import type { Db } from '../../core/db/connection';
import { requireSummaryPage } from '../../core/features/pdf/renderer-root';
import type { SummaryPrinter } from '../../core/features/pdf/summary-printer';
import { VaultSession } from '../../core/session/vault-session';
import type { CliIo } from './cli-io';
import { passphraseToUnlock } from './passphrase';
import { requireVault } from './vault-folder';

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
  work: (db: () => Db, printer: SummaryPrinter) => Promise<T>,
): Promise<T> {
  requireSummaryPage();
  requireVault(vaultDir);
  const passphrase = await passphraseToUnlock(io);
  // Loaded only here: the browser driver is large and no other command needs it.
  const { ChromiumSummaryPrinter } = await import('../../core/features/pdf/chromium-printer');
  const printer = new ChromiumSummaryPrinter();
  printer.warmUp();
  const session = new VaultSession({ dir: vaultDir });
  try {
    await session.unlock(passphrase);
    return await work(() => session.db(), printer);
  } finally {
    await printer.close();
    session.lock('quit');
  }
}
