import { estimatePassphraseStrength } from '../../../shared/vault/estimate-passphrase-strength';
import { MIN_PASSPHRASE_SCORE } from '../../../shared/vault/passphrase-limits';
import { AppError } from '../base/app-error';

/** A new passphrase (creating, recovering, changing) must be hard to guess; the refusal says how to do better. */
export async function assertStrongPassphrase(passphrase: string): Promise<void> {
  const strength = await estimatePassphraseStrength(passphrase);
  if (!strength.acceptable) {
    throw new AppError(
      'VALIDATION',
      `That passphrase is too easy to guess (strength ${strength.score} of 4; at least ${MIN_PASSPHRASE_SCORE} is needed). ${strength.suggestions.join(' ')}`.trim(),
      { issues: [{ path: 'passphrase', message: 'This passphrase is too easy to guess.' }] },
    );
  }
}
