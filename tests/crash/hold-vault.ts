/**
 * Another copy of Rapport, for tests/unit/crash-second-instance.test.ts: it unlocks the vault
 * given as its argument (passphrase in RAPPORT_PASSPHRASE) the way the app does, prints "ready",
 * and keeps it open until it is killed.
 */
import { VaultSession } from '../../electron/core/session/vault-session';

const [dir] = process.argv.slice(2);
const passphrase = process.env.RAPPORT_PASSPHRASE;
if (!dir || !passphrase) {
  process.stderr.write('usage: RAPPORT_PASSPHRASE=… tsx tests/crash/hold-vault.ts <vault folder>\n');
  process.exit(2);
}

const session = new VaultSession({ dir });
session
  .unlock(passphrase)
  .then(() => {
    process.stdout.write('ready\n');
    // Stay alive, holding the vault, until killed.
    setInterval(() => session.touch(), 60_000);
  })
  .catch((error: unknown) => {
    process.stderr.write(`${(error as Error).name}: ${(error as Error).message}\n`);
    process.exit(1);
  });
