/*
 * The app's and the summary's fonts, bundled by Vite into the app (out/renderer/assets) so that a
 * name in any script shows on every machine and a PDF never depends on the fonts of the machine that
 * made it. Noto (SIL Open Font License) covers Latin with every
 * diacritic, Cyrillic, Greek and Vietnamese; the other families add Arabic, Hebrew, Devanagari and
 * Chinese with Japanese kana. Each family is split by unicode-range, so only the pieces a summary
 * actually uses are loaded, and the PDF embeds only the glyphs it shows. Every family needs its real
 * semibold: a synthesised bold is printed as Type 3 outlines rather than as an embedded font.
 */
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/400-italic.css';
import '@fontsource/noto-sans/600.css';
import '@fontsource/noto-sans-arabic/400.css';
import '@fontsource/noto-sans-arabic/600.css';
import '@fontsource/noto-sans-hebrew/400.css';
import '@fontsource/noto-sans-hebrew/600.css';
import '@fontsource/noto-sans-devanagari/400.css';
import '@fontsource/noto-sans-devanagari/600.css';
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/600.css';
