/**
 * Which language a piece of someone's own words is in, as far as it decides how the words should
 * look. Chinese characters are drawn differently in Japanese, Korean, Simplified and Traditional
 * Chinese (骨 and 直 are the usual examples), and Urdu is written in Nastaliq rather than the Naskh
 * of Arabic: the text is marked with its language (the HTML lang attribute) and the styles pick
 * the font for that language. Nothing here is printed; it only chooses glyph shapes.
 */
export type HanLanguage = 'ja' | 'ko' | 'zh-Hant' | 'zh-Hans';

export interface ScriptLanguages {
  /** The client's language for text in Chinese characters alone. */
  han: HanLanguage | null;
  /** 'ur' when text in Arabic letters is Urdu. */
  arabic: 'ur' | null;
}

export const NO_SCRIPT_LANGUAGES: ScriptLanguages = { han: null, arabic: null };

/** Names a clinician may type for each language, in English or in the language itself. */
const HAN_NAMES: readonly [HanLanguage, RegExp][] = [
  ['ja', /japan|japon|日本|nihongo/],
  ['ko', /korea|corea|coré|한국|조선|韓國|韩国/],
  ['zh-Hant', /traditional|cantonese|taiwan|hokkien|繁|正體|廣東|广东|粵|粤|台語|臺語|zh-(hant|tw|hk|mo)/],
  [
    'zh-Hans',
    /chinese|chinois|chino|mandarin|putonghua|simplified|中文|普通话|普通話|汉语|漢語|华语|華語|简|\bzh\b/,
  ],
];
const URDU_NAMES = /urdu|ourdou|اردو/;

/**
 * The languages the client's record names (preferred language, languages spoken), read as a person
 * would write them: "English, Japanese at home", "廣東話", "Chinese (Traditional)". The first one
 * that decides a script wins; a more specific name in the same item ("Traditional") beats a general
 * one ("Chinese").
 */
export function recordedScriptLanguages(recorded: readonly string[]): ScriptLanguages {
  const items = recorded.flatMap((text) => text.toLowerCase().split(/[,;/\n、，；]|\band\b|\bwith\b/));
  let han: HanLanguage | null = null;
  for (const item of items) {
    han = HAN_NAMES.find(([, names]) => names.test(item))?.[0] ?? null;
    if (han) break;
  }
  return { han, arabic: items.some((item) => URDU_NAMES.test(item)) ? 'ur' : null };
}

const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HANGUL = /\p{Script=Hangul}/u;
const HAN = /\p{Script=Han}/u;
const ARABIC = /\p{Script=Arabic}/u;
/** Letters Urdu (and Punjabi in Shahmukhi, also set in Nastaliq) has and Arabic and Persian lack. */
const URDU_LETTERS = /[\u0679\u0688\u0691\u06ba\u06d2\u06d3]/u;
/** Letters of Arabic itself that Urdu writes otherwise or hardly uses (ي ك ة ى where Urdu has ی ک ہ; أ إ). */
const ARABIC_ONLY_LETTERS = /[\u0623\u0625\u0629\u0643\u0649\u064a]/u;

/**
 * The lang attribute for one piece of text, or null where it makes no difference to how it looks.
 * The text itself decides first (kana is only Japanese, Hangul only Korean, ے only Urdu, ة never
 * Urdu); the client's recorded languages decide for Chinese characters alone and for Arabic letters
 * that could be either.
 */
export function textLanguage(text: string, recorded: ScriptLanguages): string | null {
  if (KANA.test(text)) return 'ja';
  if (HANGUL.test(text)) return 'ko';
  if (HAN.test(text) && recorded.han) return recorded.han;
  if (ARABIC.test(text) && !ARABIC_ONLY_LETTERS.test(text)) {
    if (URDU_LETTERS.test(text) || recorded.arabic === 'ur') return 'ur';
  }
  return null;
}
