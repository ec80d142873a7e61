import type { Plugin } from 'vite';

/** Subsets every script family repeats for its Latin and Cyrillic letters; Noto Sans draws those. */
const BORROWED_SUBSETS = new Set([
  'latin',
  'latin-ext',
  'cyrillic',
  'cyrillic-ext',
  'greek',
  'greek-ext',
  'vietnamese',
]);

const FONTSOURCE_CSS = /[\\/]@fontsource[\\/](noto-[a-z-]+)[\\/][^\\/]+\.css$/;
const FONT_FACE = /@font-face\s*\{[^}]*\}/g;

/**
 * One Fontsource stylesheet as the app needs it: each @font-face keeps its unicode-range, so a page
 * (and a PDF) loads only the pieces of a font its text uses, but only the WOFF2 file (every
 * Chromium reads it; the WOFF beside it would only double the app's size), and a script family
 * loses its copies of the Latin, Greek and Cyrillic pieces, which Noto Sans, first in every font
 * list, always draws.
 */
export function trimFontFaces(css: string, family: string): string {
  const faces = css.match(FONT_FACE) ?? [];
  return faces
    .filter((face) => {
      if (family === 'noto-sans') return true;
      const file = /url\(\.\/files\/([a-z0-9-]+)\.woff2\)/.exec(face)?.[1] ?? '';
      const subset = file.slice(family.length + 1).replace(/-\d{3}-(normal|italic)$/, '');
      return !BORROWED_SUBSETS.has(subset);
    })
    .map((face) => face.replace(/,\s*url\([^)]*\.woff\)\s*format\('woff'\)/g, ''))
    .join('\n');
}

/** Runs before Vite's own CSS handling, so the files left out are never copied into the build. */
export function fontSubsets(): Plugin {
  return {
    name: 'rapport:font-subsets',
    enforce: 'pre',
    transform(code, id) {
      const family = FONTSOURCE_CSS.exec(id)?.[1];
      return family ? { code: trimFontFaces(code, family), map: null } : null;
    },
  };
}
