import type { PassphraseStrength } from './passphrase-strength';

let estimator: Promise<typeof import('./passphrase-strength')> | undefined;

/**
 * passphraseStrength, with the estimator's dictionaries (about 35 MB once built) loaded the first
 * time a passphrase is chosen rather than when the program starts. The main process holds the open
 * vault all day and needs them only to create a vault, change its passphrase, recover or restore.
 */
export async function estimatePassphraseStrength(passphrase: string): Promise<PassphraseStrength> {
  estimator ??= import('./passphrase-strength');
  return (await estimator).passphraseStrength(passphrase);
}
