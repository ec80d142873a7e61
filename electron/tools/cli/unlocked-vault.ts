import { createServices, type Services } from '../../core/router/services';
import { VaultSession } from '../../core/session/vault-session';
import type { CliIo } from './cli-io';
import { passphraseToUnlock } from './passphrase';
import { requireVault } from './vault-folder';

export interface UnlockedVault {
  session: VaultSession;
  /** The app's own services (electron/core/router/services.ts), acting as the command line. */
  services: Services;
}

/**
 * The command line's one door into a vault, the same as the app's: asks for the passphrase,
 * unlocks, hands `work` the services the router uses, and locks again whatever happens. Every page
 * is checked before anything is written: a command is over before the app's background check
 * would be, so a damaged vault is refused (exit 4) rather than written to.
 * `beforeUnlock` runs once the passphrase is known, so slow preparation (starting a browser)
 * overlaps the key derivation.
 */
export async function withUnlockedVault<T>(
  io: CliIo,
  vaultDir: string,
  work: (vault: UnlockedVault) => Promise<T> | T,
  beforeUnlock?: () => Promise<void>,
): Promise<T> {
  requireVault(vaultDir);
  const passphrase = await passphraseToUnlock(io);
  await beforeUnlock?.();
  const session = new VaultSession({ dir: vaultDir, checkEveryPage: true });
  const services = createServices(session, { actor: 'command line', exportOnThisThread: true });
  await session.unlock(passphrase);
  try {
    return await work({ session, services });
  } finally {
    session.lock('quit');
  }
}
