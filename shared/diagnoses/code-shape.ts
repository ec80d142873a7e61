/**
 * The shape of a code typed by hand, where the practice uses another edition of the
 * classification. Shape only: no table of those editions is bundled.
 *
 * ICD-10 (WHO and national modifications): a letter, two digits, then optionally a dot and up to
 * four letters or digits ("F41.1", "F43.10", "Z63.0"). ICD-11: a chapter character, a letter, a
 * digit and a letter or digit, then optionally a dot and up to four more ("6A70.1", "QE84"); ICD-11
 * never uses the letters I and O, which read as 1 and 0.
 */
export const ICD10_SHAPE = /^[A-Z][0-9]{2}(\.[0-9A-Z]{1,4})?$/;
export const ICD11_SHAPE = /^[0-9A-HJ-NP-Z][A-HJ-NP-Z][0-9][0-9A-HJ-NP-Z](\.[0-9A-HJ-NP-Z]{1,4})?$/;

/** Upper case, no spaces, and a dot after the category when an ICD-10 code was typed without one. */
export function tidyCode(system: 'icd10cm' | 'icd10' | 'icd11', code: string): string {
  const upper = code.replace(/\s+/g, '').toUpperCase();
  if (system !== 'icd11' && /^[A-Z][0-9]{2}[0-9A-Z]{1,4}$/.test(upper)) {
    return `${upper.slice(0, 3)}.${upper.slice(3)}`;
  }
  return upper;
}
