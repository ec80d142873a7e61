import { hasRightToLeft } from './paragraph-direction';
import { textLanguage, type ScriptLanguages } from './text-language';

/** Marks that change how text around them is ordered (LRM, RLM, ALM, embeddings, isolates). */
const DIRECTION_MARKS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/**
 * Whether someone's words read and look the same as part of a plain line of text as they do
 * isolated by UserText: one line, no runs of spaces to keep, nothing written right to left or
 * marked for direction, and no language that changes the glyphs (Japanese kanji, Urdu).
 */
export function plainWords(text: string, languages: ScriptLanguages): boolean {
  return (
    !/\n|\s\s|^\s|\s$/.test(text) &&
    !hasRightToLeft(text) &&
    !DIRECTION_MARKS.test(text) &&
    textLanguage(text, languages) === null
  );
}
