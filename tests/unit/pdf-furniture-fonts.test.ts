import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChromiumSummaryPrinter } from '../../electron/core/features/pdf/chromium-printer';
import { exportRequest } from '../../shared/summary/summary-contract';
import { readPdfGlyphs } from './support/pdf-glyphs';
import { pdfText, squash } from './support/pdf-tools';
import { openSummaryVault, type SummaryVault } from './support/summary-vault';

/*
 * A page's running header and footer are drawn in the page margins, which are laid out only when
 * the page is printed, so their fonts are fetched from the page rules (print/document-fonts.ts).
 * The practice's name is the letterhead's semibold title in the document, and regular weight only
 * in the footer: its regular face is wanted by the footer alone.
 */
const GEORGIAN_PRACTICE = 'თბილისის კაბინეტი';

let vault: SummaryVault;
let printer: ChromiumSummaryPrinter;
let file: string;

beforeAll(async () => {
  vault = await openSummaryVault({ sessions: 3 });
  await vault.call('practice:update', { clinicianName: 'Dr Nino Beridze', practiceName: GEORGIAN_PRACTICE });
  printer = new ChromiumSummaryPrinter();
  file = join(vault.dir, 'summary.pdf');
  await vault.service().saveTo(file, exportRequest.parse({ clientId: vault.clientId }), printer);
});

afterAll(async () => {
  await printer?.close();
  vault?.close();
});

describe('fonts of the page margins', () => {
  it('draws a name that only the footer sets in regular weight with the bundled regular face', () => {
    expect(squash(pdfText(file).stdout)).toContain(squash(GEORGIAN_PRACTICE));
    const report = readPdfGlyphs(file);
    expect(report.missing).toEqual([]);
    const georgian = [...GEORGIAN_PRACTICE.replace(/ /g, '')];
    for (const weight of ['Regular', 'SemiBold']) {
      const drawn = report.fonts
        .filter((f) => new RegExp(`^[A-Z]{6}\\+NotoSansGeorgian-${weight}$`).test(f.font))
        .map((f) => f.text)
        .join('');
      expect(
        georgian.filter((letter) => !drawn.includes(letter)),
        weight,
      ).toEqual([]);
    }
  });
});
