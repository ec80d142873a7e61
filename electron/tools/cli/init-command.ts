import { VaultSession } from '../../core/session/vault-session';
import type { Command } from './command';
import { EXIT } from './exit-codes';
import { newPassphrase } from './passphrase';
import { requireNoVault } from './vault-folder';

export const initCommand: Command = {
  name: 'init',
  summary: 'Create a new vault and print its recovery key, once.',
  acceptsJson: false,
  help: `Creates a new, empty vault in the folder (which must be new or empty), protected by a
passphrase: from RAPPORT_PASSPHRASE, or asked for twice at the terminal. The passphrase must be
as strong as the app requires.

Standard output receives one line and nothing else: the recovery key, 14 groups of four letters
and digits. It is shown this once only. Capture it with  KEY=$(rapport init)  or read it off the
screen; the explanation goes to standard error.`,

  async run({ io, vaultDir }) {
    requireNoVault(vaultDir);
    const passphrase = await newPassphrase(io);
    const session = new VaultSession({ dir: vaultDir });
    const recoveryKey = await session.create(passphrase);
    io.stderr.write(
      `Created a new vault in ${vaultDir}.\n\n` +
        'Below is its recovery key. It is shown this once only: write it down or print it, and keep\n' +
        'it somewhere safe, away from this computer. If the passphrase is forgotten, the recovery key\n' +
        'is the only way into the vault. Anyone holding it can open the vault: guard it like the\n' +
        'passphrase.\n\n',
    );
    io.stdout.write(`${recoveryKey}\n`);
    session.lock('quit');
    return EXIT.ok;
  },
};
