import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { trimFontFaces } from '../../build/font-subsets';

const FONTSOURCE = join('node_modules', '@fontsource');
const css = (path: string) => readFileSync(path, 'utf8');
const SCRIPT_FONTS = css(join('renderer', 'src', 'theme', 'script-fonts.css'));
const FONTS_TS = css(join('renderer', 'src', 'theme', 'fonts.ts'));
/** Read as text: the renderer's modules are outside the node project the tests compile in. */
const FURNITURE_TS = css(join('renderer', 'src', 'pdf-export', 'furniture-font.ts'));

function faces(text: string): string[] {
  return text.match(/@font-face\s*\{[^}]*\}/g) ?? [];
}

/** The value a rule block of script-fonts.css gives a custom property, whitespace collapsed. */
function property(selector: string, name: string): string {
  const block =
    new RegExp(`${selector.replace(/[()]/g, '\\$&')}[^{]*\\{([^}]*)\\}`).exec(SCRIPT_FONTS)?.[1] ?? '';
  const value = new RegExp(`${name}:([^;]*);`).exec(block)?.[1] ?? '';
  return value.replace(/\s+/g, ' ').trim();
}

describe('the fonts bundled into the app', () => {
  it('keep a script family’s own pieces by unicode-range, as WOFF2 only', () => {
    const family = 'noto-sans-tamil';
    const trimmed = trimFontFaces(css(join(FONTSOURCE, family, '400.css')), family);
    expect(faces(trimmed)).toHaveLength(1);
    expect(trimmed).toContain('noto-sans-tamil-tamil-400-normal.woff2');
    expect(trimmed).toMatch(/unicode-range: U\+0964-0965,U\+0B82-0BFA/);
    expect(trimmed).not.toMatch(/\.woff\)|latin/);
  });

  it('keep every piece of Noto Sans, which draws Latin, Greek and Cyrillic for every script', () => {
    const source = css(join(FONTSOURCE, 'noto-sans', '400.css'));
    const trimmed = trimFontFaces(source, 'noto-sans');
    expect(faces(trimmed)).toHaveLength(faces(source).length);
    expect(trimmed).toContain('noto-sans-latin-400-normal.woff2');
    expect(trimmed).not.toMatch(/\.woff\)/);
  });

  it('keep all of a Chinese-character family’s numbered pieces, each with its range', () => {
    const source = css(join(FONTSOURCE, 'noto-sans-jp', '600.css'));
    const kept = faces(trimFontFaces(source, 'noto-sans-jp'));
    const numbered = faces(source).filter((face) => /noto-sans-jp-\d+-600-normal/.test(face));
    expect(kept).toHaveLength(numbered.length);
    expect(kept.length).toBeGreaterThan(100);
    for (const face of kept) expect(face).toMatch(/unicode-range: U\+/);
  });

  it('import every family the font lists name, regular and semibold', () => {
    const families = [...new Set(SCRIPT_FONTS.match(/'Noto [^']+'/g))].map((f) => f.slice(1, -1));
    expect(families.length).toBe(26);
    for (const family of ['Noto Sans', ...families]) {
      const pkg = family.toLowerCase().replaceAll(' ', '-');
      expect(FONTS_TS, family).toContain(`import '@fontsource/${pkg}/400.css';`);
      expect(FONTS_TS, family).toContain(`import '@fontsource/${pkg}/600.css';`);
    }
  });

  it('print the page furniture with the same lists as the page', () => {
    const lists = Object.fromEntries(
      [...FURNITURE_TS.matchAll(/(\w+|'[\w-]+'):?\s*(?:=\s*)?"('Noto[^"]+)"/g)].map(([, name, list]) => [
        name!.replaceAll("'", ''),
        list,
      ]),
    );
    expect(lists).toEqual({
      ARABIC: property(':root', '--font-arabic'),
      URDU: property(':lang(ur)', '--font-arabic'),
      SCRIPTS: property(':root', '--font-scripts'),
      default: property(':root', '--font-han'),
      ja: property(':lang(ja)', '--font-han'),
      ko: property(':lang(ko)', '--font-han'),
      'zh-Hant': property(':lang(zh-MO)', '--font-han'),
    });
  });
});
