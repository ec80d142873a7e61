import { useEffect, useState } from 'react';
import { estimatePassphraseStrength } from '../../../shared/vault/estimate-passphrase-strength';
import type { PassphraseStrength } from '../../../shared/vault/passphrase-strength';

/**
 * The strength of what is typed, or null while the field is empty (nothing to judge yet). The
 * estimator's dictionaries load on the first passphrase typed, not with the app: the unlock screen,
 * the first thing a clinician sees each day, never needs them. Until the estimate for the latest
 * keystroke arrives, the one before it stands, so the meter does not flicker while typing.
 */
export function usePassphraseStrength(passphrase: string | undefined): PassphraseStrength | null {
  const [latest, setLatest] = useState<PassphraseStrength | null>(null);
  useEffect(() => {
    if (!passphrase) return;
    let current = true;
    void estimatePassphraseStrength(passphrase).then((strength) => {
      if (current) setLatest(strength);
    });
    return () => {
      current = false;
    };
  }, [passphrase]);
  return passphrase ? latest : null;
}
