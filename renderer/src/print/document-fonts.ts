import { CodePointSet } from '../../../shared/text/code-point-set';
import { inRanges, parseUnicodeRange, type CodePointRanges } from '../../../shared/text/unicode-range';

/*
 * Fetches the font pieces a rendered document will be drawn with, without laying it out. Chromium
 * fetches a web font piece only when layout asks it for a character, and a print does not wait for
 * pieces still on their way. Laying a 300-note record out just to learn its fonts took a second;
 * reading which characters each element asks of which font list, from styles alone, takes about
 * half that, and asks for every piece at once instead of one fallback family after another.
 */

declare global {
  /** A page-margin box's rule (Chromium 131 and later); TypeScript's DOM library does not have it yet. */
  interface CSSMarginRule extends CSSRule {
    readonly name: string;
    readonly style: CSSStyleDeclaration;
  }
  var CSSMarginRule: { prototype: CSSMarginRule; new (): CSSMarginRule };
}

function unquoted(name: string): string {
  return name.trim().replace(/^["']|["']$/g, '');
}

/** Characters by font (style, weight and family list, as `${style} ${weight} 16px|${families}`). */
type CharactersByFont = Map<string, CodePointSet>;

function charactersOf(byFont: CharactersByFont, font: string): CodePointSet {
  let characters = byFont.get(font);
  if (!characters) byFont.set(font, (characters = new CodePointSet()));
  return characters;
}

/** Every character each font (style, weight and family list) is asked to draw under `root`. */
function charactersByFont(root: Element): CharactersByFont {
  const byFont: CharactersByFont = new Map();
  const fontOf = new Map<Element, { font: string; transformed: boolean }>();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    const text = node.nodeValue;
    if (!element || !text) continue;
    let style = fontOf.get(element);
    if (!style) {
      const computed = getComputedStyle(element);
      style = {
        font: `${computed.fontStyle} ${computed.fontWeight} 16px|${computed.fontFamily}`,
        transformed: computed.textTransform !== 'none',
      };
      fontOf.set(element, style);
    }
    const characters = charactersOf(byFont, style.font);
    characters.addText(text);
    // A transformed case can call on letters the text itself does not hold (ß → SS).
    if (style.transformed) {
      characters.addText(text.toUpperCase());
      characters.addText(text.toLowerCase());
    }
  }
  return byFont;
}

type RangesByFamily = Map<string, CodePointRanges[]>;

/** The page's faces come from its own style sheets and do not change between documents. */
let knownRanges: { faces: number; byFamily: RangesByFamily } | null = null;

/**
 * Each bundled family's code point ranges, from its faces' unicode-range descriptors. Read once
 * per page, when it is readied (preparePage), not on each print: there are hundreds of faces.
 */
function rangesByFamily(): RangesByFamily {
  if (knownRanges?.faces === document.fonts.size) return knownRanges.byFamily;
  const byFamily: RangesByFamily = new Map();
  for (const face of document.fonts) {
    const family = unquoted(face.family);
    let ranges = byFamily.get(family);
    if (!ranges) byFamily.set(family, (ranges = []));
    ranges.push(parseUnicodeRange(face.unicodeRange));
  }
  knownRanges = { faces: document.fonts.size, byFamily };
  return byFamily;
}

/**
 * The loads that draw `characters` in `font`: each character goes to the first family in the list
 * with a piece whose unicode-range holds it, as layout's fallback chooses, and each family is asked
 * once for all its characters, every family at the same time. The ranges come from the bundled
 * font files (build/font-subsets.ts), so a range claims only glyphs its piece has.
 */
function loadsFor(font: string, characters: CodePointSet, ranges: RangesByFamily): Promise<unknown>[] {
  const [styleAndSize, familyList] = font.split('|') as [string, string];
  // Families with no bundled face (the machine's own, and generic names) need no fetching.
  const list = familyList.split(',').map(unquoted);
  const byFamily = new Map<string, string>();
  for (const codePoint of characters) {
    const family = list.find((name) => ranges.get(name)?.some((range) => inRanges(codePoint, range)));
    if (family) byFamily.set(family, (byFamily.get(family) ?? '') + String.fromCodePoint(codePoint));
  }
  return [...byFamily].map(([family, text]) => document.fonts.load(`${styleAndSize} "${family}"`, text));
}

/**
 * What the page's margin boxes (running header, footer, page numbers) draw, in the fonts they
 * name: they are no element's text, and are laid out only when the page is printed.
 */
function addFurniture(byFont: CharactersByFont): void {
  const rootFamily = getComputedStyle(document.documentElement).fontFamily;
  for (const sheet of document.styleSheets) {
    for (const rule of sheet.cssRules) {
      if (!(rule instanceof CSSPageRule)) continue;
      for (const box of rule.cssRules) {
        if (!(box instanceof CSSMarginRule)) continue;
        const content = box.style.getPropertyValue('content');
        if (!content || content === 'none') continue;
        // A margin box inherits what it does not set from its page, and the page from the document.
        const own = (property: string) =>
          box.style.getPropertyValue(property) || rule.style.getPropertyValue(property);
        const style = own('font-style') || 'normal';
        const weight = own('font-weight') || '400';
        const family = own('font-family') || rootFamily;
        charactersOf(byFont, `${style} ${weight} 16px|${family}`).addText(content);
      }
    }
  }
}

/** Resolves when every font piece the document under `root` and its pages' margins need is loaded, and every image decoded. */
export async function documentFontsAndImages(root: Element): Promise<void> {
  const byFont = charactersByFont(root);
  addFurniture(byFont);
  const ranges = rangesByFamily();
  await Promise.all([
    ...[...byFont].flatMap(([font, characters]) => loadsFor(font, characters, ranges)),
    ...[...document.images].map((image) => image.decode().catch(() => undefined)),
  ]);
  await document.fonts.ready;
}
