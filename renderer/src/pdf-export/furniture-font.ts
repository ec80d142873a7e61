import { textLanguage, type ScriptLanguages } from '../../../shared/text/text-language';

/*
 * Page-margin boxes (the running header and footer) see neither the document's custom properties
 * nor its lang attributes, so the font lists of theme/script-fonts.css are spelled out here, in the
 * same order, and the one the furniture's own text needs is chosen here.
 */
const ARABIC = "'Noto Sans Arabic', 'Noto Nastaliq Urdu'";
const URDU = "'Noto Nastaliq Urdu', 'Noto Sans Arabic'";
const SCRIPTS =
  "'Noto Sans Hebrew', 'Noto Sans Armenian', 'Noto Sans Georgian', 'Noto Sans Devanagari', 'Noto Sans Bengali', 'Noto Sans Gurmukhi', 'Noto Sans Gujarati', 'Noto Sans Oriya', 'Noto Sans Tamil', 'Noto Sans Telugu', 'Noto Sans Kannada', 'Noto Sans Malayalam', 'Noto Sans Sinhala', 'Noto Sans Thai', 'Noto Sans Lao', 'Noto Sans Khmer', 'Noto Sans Myanmar', 'Noto Serif Tibetan', 'Noto Sans Ethiopic'";
const HAN: Record<string, string> = {
  default: "'Noto Sans SC', 'Noto Sans JP', 'Noto Sans TC', 'Noto Sans KR'",
  ja: "'Noto Sans JP', 'Noto Sans SC', 'Noto Sans TC', 'Noto Sans KR'",
  ko: "'Noto Sans KR', 'Noto Sans JP', 'Noto Sans SC', 'Noto Sans TC'",
  'zh-Hant': "'Noto Sans TC', 'Noto Sans SC', 'Noto Sans JP', 'Noto Sans KR'",
};

/** The furniture's font list for the names and words it carries, and its size and colour. */
export function furnitureFont(text: string, languages: ScriptLanguages): string {
  const lang = textLanguage(text, languages);
  const han = HAN[lang ?? ''] ?? HAN.default;
  return `font-family: 'Noto Sans', ${lang === 'ur' ? URDU : ARABIC}, ${SCRIPTS}, ${han}, sans-serif; font-size: 7.5pt; color: #545a61;`;
}
