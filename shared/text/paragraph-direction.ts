export type Direction = 'ltr' | 'rtl';

/** The scripts written right to left (the Unicode bidi classes R and AL). */
const RTL_SCRIPTS =
  '[\\p{Script=Hebrew}\\p{Script=Arabic}\\p{Script=Syriac}\\p{Script=Thaana}\\p{Script=Nko}\\p{Script=Samaritan}\\p{Script=Mandaic}\\p{Script=Adlam}\\p{Script=Hanifi_Rohingya}\\p{Script=Yezidi}\\p{Script=Old_Hungarian}\\p{Script=Mende_Kikakui}]';
const RTL_LETTER = new RegExp(RTL_SCRIPTS, 'u');
/** A letter (not a mark or a sign) of those scripts, anywhere in a text: one scan, no array of letters. */
const RTL_LETTER_IN_TEXT = new RegExp(`(?=\\p{L})${RTL_SCRIPTS}`, 'u');
const LETTER = /\p{L}/gu;
const ANY_LETTER = /\p{L}/u;

/** Whether any letter in the text is written right to left. */
export function hasRightToLeft(text: string): boolean {
  return RTL_LETTER_IN_TEXT.test(text);
}

/** How much one direction's letters must outnumber the other's for the text to take that direction. */
const PREDOMINANCE = 2;

/**
 * The direction a paragraph of someone's own words reads in: that of the script most of its letters
 * are in, so an English sentence that starts with an Arabic name still reads left to right, and an
 * Arabic sentence that names an English clinic still reads right to left. A line with no letters,
 * or one whose directions are too evenly mixed to call (a short "يوسف Haddad" is the usual case),
 * takes the page's direction. (Deciding by the first letter, as dir="auto" does, reverses the whole
 * sentence whenever it happens to open with a name in the other direction.)
 */
export function paragraphDirection(text: string, pageDirection: Direction = 'ltr'): Direction {
  // Most of what is printed has no right-to-left letter at all: settled without counting.
  if (!hasRightToLeft(text)) return ANY_LETTER.test(text) ? 'ltr' : pageDirection;
  let rtl = 0;
  let ltr = 0;
  for (const [letter] of text.matchAll(LETTER)) {
    if (RTL_LETTER.test(letter)) rtl++;
    else ltr++;
  }
  if (rtl >= PREDOMINANCE * ltr && rtl > 0) return 'rtl';
  if (ltr >= PREDOMINANCE * rtl && ltr > 0) return 'ltr';
  return pageDirection;
}
