/** Hex characters of a fingerprint shown on a note or a printed copy: enough to compare the two by eye. */
const SHOWN = 12;

/** The start of a signed note's fingerprint, in groups of four to read aloud or compare: "3f2a 9c01 b7e4". */
export function shortFingerprint(hash: string): string {
  return (hash.slice(0, SHOWN).match(/.{1,4}/g) ?? []).join(' ');
}
