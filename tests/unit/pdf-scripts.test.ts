import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../electron/tools/cli/exit-codes';
import { readPdfGlyphs, type PdfGlyphReport } from './support/pdf-glyphs';
import { pdfInfo, pdfText, squash } from './support/pdf-tools';
import { afterBrowserLine } from './support/browser-line';
import { runCliInMemory } from './support/run-cli-in-memory';
import {
  ARABIC_NAME,
  KANJI_WITHOUT_KANA,
  MIXED_SENTENCES,
  SCRIPT_SAMPLES,
  seedOneLineClient,
  seedScriptsClient,
  UNBUNDLED_SCRIPT,
} from './support/script-samples';
import { openSummaryVault, type SummaryVault } from './support/summary-vault';
import { STRONG } from './support/temp-vault';

/** The PDFs and their pages as PNGs, kept for a person to look at (test-results is not committed). */
const OUT_DIR = join('test-results', 'pdf-scripts');

let vault: SummaryVault;
const clients: Record<'scripts' | 'japanese' | 'chinese' | 'unrecorded' | 'unbundled', string> = {
  scripts: '',
  japanese: '',
  chinese: '',
  unrecorded: '',
  unbundled: '',
};
const exported = new Map<string, string>();
const glyphReports = new Map<string, PdfGlyphReport>();

/** Exports through the command line, as a clinician scripting it would, once per name. */
async function exportPdf(name: string, client: string, args: string[] = []): Promise<string> {
  const known = exported.get(name);
  if (known) return known;
  const out = join(OUT_DIR, `${name}.pdf`);
  const result = await runCliInMemory(
    ['export-pdf', '--vault', join(vault.dir, 'vault'), '--client', client, '--out', out, ...args],
    { RAPPORT_PASSPHRASE: STRONG },
  );
  expect(result.code, name).toBe(EXIT.ok);
  expect(afterBrowserLine(result.stderr), name).toBe('');
  exported.set(name, out);
  return out;
}

function glyphs(file: string): PdfGlyphReport {
  const known = glyphReports.get(file);
  if (known) return known;
  const report = readPdfGlyphs(file);
  glyphReports.set(file, report);
  return report;
}

/** The PostScript names of the fonts that draw a character, without the subset tag. */
function fontsDrawing(report: PdfGlyphReport, character: string): string[] {
  return [
    ...new Set(
      report.fonts.filter((f) => f.text.includes(character)).map((f) => f.font.replace(/^[A-Z]{6}\+/, '')),
    ),
  ];
}

const LETTERS = /[\p{L}]/gu;

beforeAll(async () => {
  rmSync(OUT_DIR, { recursive: true, force: true });
  mkdirSync(OUT_DIR, { recursive: true });
  vault = await openSummaryVault({ sessions: 1 });
  clients.scripts = (await seedScriptsClient(vault.call)).clientId;
  clients.japanese = (await seedOneLineClient(vault.call, 'Japanese (日本語)', KANJI_WITHOUT_KANA)).clientId;
  clients.chinese = (await seedOneLineClient(vault.call, 'Mandarin', KANJI_WITHOUT_KANA)).clientId;
  clients.unrecorded = (await seedOneLineClient(vault.call, '', KANJI_WITHOUT_KANA)).clientId;
  clients.unbundled = (await seedOneLineClient(vault.call, 'Santali', UNBUNDLED_SCRIPT)).clientId;
  // The command line opens the vault itself, as it would with the app closed.
  vault.core.session.lock('quit');
});

afterAll(() => vault?.close());

describe('a summary in every script', () => {
  it('draws every character with a real glyph of a bundled font', async () => {
    const file = await exportPdf('scripts-a4', clients.scripts);
    const report = glyphs(file);
    expect(report.drawn.length).toBeGreaterThan(1000);
    expect(report.missing).toEqual([]);
    for (const font of report.fonts) {
      expect(font.font).toMatch(/^[A-Z]{6}\+Noto(Sans|Serif|Nastaliq)[A-Za-z]*-(Regular|SemiBold|Italic)$/);
      expect(font.subtype, font.font).toBe('/Type0');
    }
    const rows = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    for (const row of rows) expect(row).toMatch(/ CID TrueType +Identity-H +yes yes yes /);
  });

  it('finds a character that no bundled font draws', async () => {
    const report = glyphs(await exportPdf('unbundled', clients.unbundled, ['--sections', 'intake']));
    // Chromium draws it as the missing-glyph box of the first font, or in a font of this machine.
    const foreign = report.fonts.filter((f) => !/^[A-Z]{6}\+Noto/.test(f.font));
    expect(report.missing.length + foreign.length).toBeGreaterThan(0);
  });

  it('draws each script in its own family', async () => {
    const report = glyphs(await exportPdf('scripts-a4', clients.scripts));
    for (const [script, [sample, family]] of Object.entries(SCRIPT_SAMPLES)) {
      const drawnBy = new RegExp(`^[A-Z]{6}\\+${family}(Thin)?-`);
      const text = report.fonts
        .filter((f) => drawnBy.test(f.font))
        .map((f) => f.text)
        .join('');
      const letters = [...new Set(sample.match(LETTERS))];
      expect(
        letters.filter((letter) => !text.includes(letter)),
        `${script} letters not drawn by ${family}`,
      ).toEqual([]);
    }
  });

  it('sets Chinese characters in the forms of the language the client recorded', async () => {
    const forms = async (client: keyof typeof clients) =>
      fontsDrawing(glyphs(await exportPdf(`kanji-${client}`, clients[client])), KANJI_WITHOUT_KANA[0]!);
    expect(await forms('japanese')).toEqual(['NotoSansJPThin-Regular']);
    expect(await forms('chinese')).toEqual(['NotoSansSCThin-Regular']);
    expect(await forms('unrecorded')).toEqual(['NotoSansSCThin-Regular']);
    // The scripts client records Cantonese: Chinese alone is Traditional, kana Japanese, Hangul Korean.
    const report = glyphs(await exportPdf('scripts-a4', clients.scripts));
    expect(fontsDrawing(report, '婚')).toEqual(['NotoSansTCThin-Regular']);
    expect(fontsDrawing(report, '電')).toEqual(['NotoSansJPThin-Regular']);
    expect(fontsDrawing(report, '친')).toEqual(['NotoSansKRThin-Regular']);
  });

  it('embeds only the fonts its text uses', async () => {
    // Status alone prints no name and no words of the client's: Latin letters only.
    const latin = await exportPdf('status-only', clients.scripts, ['--sections', 'status']);
    for (const { font } of glyphs(latin).fonts)
      expect(font).toMatch(/^[A-Z]{6}\+NotoSans-(Regular|SemiBold|Italic)$/);
    const all = await exportPdf('scripts-a4', clients.scripts);
    // Every family's glyphs, subset: far below the megabytes of the fonts themselves.
    expect(statSync(all).size).toBeLessThan(1024 * 1024);
  });

  it('gives the text back in logical order', async () => {
    const text = squash(pdfText(await exportPdf('scripts-a4', clients.scripts)).stdout);
    for (const [script, [sample]] of Object.entries(SCRIPT_SAMPLES)) {
      // Nastaliq's sloping baseline splits each word over several lines in pdftotext; its letters
      // are checked against the font that draws them above.
      if (script === 'urdu') continue;
      expect(text, script).toContain(squash(sample));
    }
    // pdftotext puts the words of a right-to-left run inside a left-to-right line in the order they
    // sit on the page, so the header's isolated name comes back last name first.
    expect(text).toContain(squash(`Client summary · ${ARABIC_NAME.split(' ').reverse().join(' ')}`));
    // Left-to-right paragraphs with right-to-left words inside come back exactly as written.
    expect(text).toContain(squash(MIXED_SENTENCES.englishOpeningInArabic));
    expect(text).toContain(squash(MIXED_SENTENCES.englishWithHebrew));
  });

  it('prints a right-to-left paragraph right to left, even with Latin words inside', async () => {
    // pdftotext orders a line's runs by position, left to right (one direction for the whole page),
    // so a right-to-left paragraph comes back with its runs from the left edge: the full stop, the
    // last words, the Latin word, the first words. Printed left to right (the old mistake), it would
    // come back in the order it was written.
    const text = squash(pdfText(await exportPdf('scripts-a4', clients.scripts)).stdout);
    expect(text).toContain(squash('.يساعده على النوم كل ليلة تقريباSertraline قال إن دواء'));
    expect(text).toContain(squash('.ועל העבודה החדשה שלה בבית החוליםSarah דיברנו על'));
    expect(text).not.toContain(squash(MIXED_SENTENCES.arabicWithLatin));
  });

  it('renders every page, A4 and Letter, to PNG', async () => {
    for (const [name, paper] of [
      ['scripts-a4', 'A4'],
      ['scripts-letter', 'Letter'],
    ] as const) {
      const file = await exportPdf(name, clients.scripts, ['--paper', paper]);
      execFileSync('pdftoppm', ['-r', '110', '-png', file, join(OUT_DIR, name)]);
      const pngs = readdirSync(OUT_DIR).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'));
      expect(pngs.length).toBe(Number(pdfInfo(file).Pages));
      expect(readPdfGlyphs(file).missing).toEqual([]);
    }
  });
});
