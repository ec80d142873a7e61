import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChromiumSummaryPrinter } from '../../electron/core/features/pdf/chromium-printer';
import { PHQ9 } from '../../shared/measures/phq9';
import { changeInWords, judgeChange } from '../../shared/measures/reliable-change';
import { exportRequest } from '../../shared/summary/summary-contract';
import { purposeChoices } from '../../shared/summary/summary-purposes';
import { pdfText } from './support/pdf-tools';
import { openSummaryVault, type SummaryVault } from './support/summary-vault';

const SHOTS = join('test-results', 'pdf-measures');
let vault: SummaryVault;
let printer: ChromiumSummaryPrinter;

const SCORES: [string, number[]][] = [
  ['2026-01-05', [2, 2, 2, 2, 2, 2, 2, 2, 1]], // 17, moderately severe, item 9 above zero
  ['2026-01-19', [2, 2, 1, 1, 1, 1, 1, 1, 0]], // 10, moderate
  ['2026-02-02', [1, 1, 1, 1, 1, 1, 1, 1, 0]], // 8, mild
];

beforeAll(async () => {
  vault = await openSummaryVault({ sessions: 2 });
  printer = new ChromiumSummaryPrinter();
  for (const [completedOn, answers] of SCORES) {
    await vault.call('measures:record', {
      clientId: vault.clientId,
      instrumentId: 'phq9',
      answers,
      completedOn,
      completedBy: 'client',
    });
  }
});

afterAll(async () => {
  await printer?.close();
  vault?.close();
});

describe('the outcome measures section of the summary', () => {
  it('prints first and latest score with their bands, the change in words and the trend chart', async () => {
    const path = join(vault.dir, 'measures.pdf');
    const { sections } = purposeChoices('clinician');
    expect(sections).toContain('measures');
    await vault.service().saveTo(path, exportRequest.parse({ clientId: vault.clientId, sections }), printer);
    const text = pdfText(path).stdout.replace(/\s+/g, ' ');
    expect(text).toContain('Outcome measures');
    expect(text).toContain('Patient Health Questionnaire (PHQ-9)');
    expect(text).toMatch(/First 17 \(Moderately severe\)/);
    expect(text).toMatch(/Latest 8 \(Mild\)/);
    // The words are the shared judgement's, worked out again here from the two totals.
    expect(text).toContain(changeInWords(PHQ9, judgeChange(PHQ9, 17, 8)));
    expect(text).toContain('clinically significant');
    expect(text).toContain('PHQ-9 over time');
    // A picture of the pages to look at: test-results/pdf-measures/page-N.png.
    mkdirSync(SHOTS, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', path, join(SHOTS, 'page')]);
  }, 180_000);

  it('is left out of the insurer preset unless chosen', () => {
    expect(purposeChoices('third-party').sections).not.toContain('measures');
  });
});
