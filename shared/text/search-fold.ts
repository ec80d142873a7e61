/**
 * Folds text for matching as a person expects: case-insensitive and accent-insensitive in every
 * script, so "zoe" finds "Zoë" and "nunez" finds "Núñez". Only the combining diacritics block is
 * removed: marks that are letters' vowels in Devanagari or Arabic are kept, so those scripts match
 * exactly. Applied to both the stored key and the query, so the two always agree.
 */
const LETTER_FOLDS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  ı: 'i',
  þ: 'th',
};

export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[ßæœøđðłıþ]/g, (c) => LETTER_FOLDS[c] ?? c)
    .replace(/\s+/g, ' ')
    .trim();
}
