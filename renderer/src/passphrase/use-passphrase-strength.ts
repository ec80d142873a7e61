import { useMemo } from 'react';
import { passphraseStrength, type PassphraseStrength } from '../../../shared/vault/passphrase-strength';

/** The strength of what is typed, or null while the field is empty (nothing to judge yet). */
export function usePassphraseStrength(passphrase: string | undefined): PassphraseStrength | null {
  return useMemo(() => (passphrase ? passphraseStrength(passphrase) : null), [passphrase]);
}
