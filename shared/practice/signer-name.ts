import type { Practice } from './practice-contract';

/** How a signature names its signer: the clinician's name and credentials as the letterhead holds them. */
export function signerName(practice: Pick<Practice, 'clinicianName' | 'credentials'>): string {
  return [practice.clinicianName.trim(), practice.credentials.trim()].filter(Boolean).join(', ');
}
