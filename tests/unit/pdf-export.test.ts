import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../electron/core/db/audit';
import { ChromiumSummaryPrinter } from '../../electron/core/features/pdf/chromium-printer';
import { exportRequest, type ExportRequest } from '../../shared/summary/summary-contract';
import { formatShortDate } from '../../shared/dates/format-date';
import { SECTION_KEYS } from '../../shared/summary/summary-sections';
import {
  bytesContain,
  fileContainsAny,
  filesUnder,
  pdfInfo,
  pdfText,
  qpdf,
  squash,
} from './support/pdf-tools';
import { expectNeutralMetadata } from './support/pdf-metadata';
import { allElements, meaningful, pdfStructure, type StructureElement } from './support/pdf-structure';
import {
  CHOSEN_NAME,
  DIAGNOSIS,
  HUMILITY_MARKER,
  LEGAL_NAME,
  PROCESS_MARKER,
  ROW_END,
  SCRIPTS,
  SESSION_MARKER,
  sessionDate,
} from './support/summary-fixture';
import { openSummaryVault, type SummaryVault } from './support/summary-vault';

const SESSIONS = 40;
const ALL_SECTIONS = [...SECTION_KEYS];

let vault: SummaryVault;
let printer: ChromiumSummaryPrinter;
const exported = new Map<string, string>();

/** Exports once per distinct request and keeps the file for the tests that read it. */
async function exportTo(name: string, request: Partial<ExportRequest>): Promise<string> {
  const known = exported.get(name);
  if (known) return known;
  const path = join(vault.dir, `${name}.pdf`);
  await vault.service().saveTo(path, exportRequest.parse({ clientId: vault.clientId, ...request }), printer);
  exported.set(name, path);
  return path;
}

function pageCount(file: string): number {
  return Number(pdfInfo(file).Pages);
}

function pages(file: string): string[] {
  return Array.from(
    { length: pageCount(file) },
    (_, i) => pdfText(file, { page: i + 1, layout: true }).stdout,
  );
}

/** Streams uncompressed and objects unpacked, so strings anywhere in the file can be searched. */
function expandedBytes(file: string): Buffer {
  return execFileSync('qpdf', ['--qdf', '--object-streams=disable', '--stream-data=uncompress', file, '-'], {
    maxBuffer: 256 * 1024 * 1024,
  });
}

beforeAll(async () => {
  vault = await openSummaryVault({ sessions: SESSIONS });
  printer = new ChromiumSummaryPrinter();
});

afterAll(async () => {
  await printer?.close();
  vault?.close();
});

// Real Chromium on a shared two-core machine: give each print room.
describe('the printed summary', () => {
  it('prints every script and extracts as the same characters', async () => {
    const file = await exportTo('all-a4', { sections: ALL_SECTIONS });
    const text = squash(pdfText(file).stdout);
    for (const [script, sample] of Object.entries(SCRIPTS)) {
      expect(text, script).toContain(squash(sample));
    }
    expect(text).toContain(squash(LEGAL_NAME));
  });

  it('embeds only the bundled Noto fonts, never a font of this machine', async () => {
    const file = await exportTo('all-a4', { sections: ALL_SECTIONS });
    const rows = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows) {
      expect(row).toMatch(/^[A-Z]{6}\+NotoSans/);
      expect(row).toMatch(/ yes yes yes /);
    }
  });

  it('never holds a process note or the clinician’s private reflection', async () => {
    const file = await exportTo('all-a4', { sections: ALL_SECTIONS });
    const text = pdfText(file).stdout;
    expect(text).toContain(`${SESSION_MARKER}1 `);
    expect(text).not.toContain(PROCESS_MARKER);
    expect(text).not.toContain(HUMILITY_MARKER);
    const bytes = expandedBytes(file);
    expect(bytesContain(bytes, PROCESS_MARKER)).toBe(false);
    expect(bytesContain(bytes, HUMILITY_MARKER)).toBe(false);
    const preview = JSON.stringify(await vault.call('summary:preview', { clientId: vault.clientId }));
    expect(preview).not.toContain(PROCESS_MARKER);
    expect(preview).not.toContain(HUMILITY_MARKER);
  });

  it('has neutral metadata: no client name, no XMP', async () => {
    const file = await exportTo('all-a4', { sections: ALL_SECTIONS });
    expectNeutralMetadata(file, 'Client summary', ['Zoë', 'Whitfield', 'Nguy', DIAGNOSIS]);
  });

  it('puts Confidential, the generation date and "Page X of Y" on every page', async () => {
    const file = await exportTo('all-a4', { sections: ALL_SECTIONS });
    const all = pages(file);
    expect(all.length).toBeGreaterThan(3);
    all.forEach((page, i) => {
      expect(page).toContain('CONFIDENTIAL');
      expect(page).toMatch(/Generated \d{1,2} [A-Z][a-z]+ \d{4}/);
      expect(page).toContain(`Page ${i + 1} of ${all.length}`);
    });
    expect(all[1]).toContain(`Client summary · ${CHOSEN_NAME}`);
  });

  it('signs off with the clinician, credentials, licence and its jurisdiction, and the date', async () => {
    const file = await exportTo('all-a4', { sections: ALL_SECTIONS });
    const last = pages(file).at(-1)!;
    expect(last).toContain('Dr Ana Sofía Ríos, PsyD, Licensed Psychologist');
    expect(last).toContain('Licence PSY 31415 (California)');
    expect(last).toMatch(/Dated \d{1,2} [A-Z][a-z]+ \d{4}/);
  });

  it('runs the session table across pages with its header on each, never splitting a row', async () => {
    const file = await exportTo('all-a4', { sections: ALL_SECTIONS });
    const all = pages(file);
    const tablePages = all.filter((page) => page.includes(SESSION_MARKER));
    expect(tablePages.length).toBeGreaterThan(1);
    for (const page of tablePages) expect(page).toMatch(/DATE\s+TIME\s+MODALITY\s+SUMMARY/);
    // The last session is an unsigned draft: listed, without its text.
    for (let n = 1; n < SESSIONS; n++) {
      const start = all.findIndex((page) => new RegExp(`${SESSION_MARKER}${n}\\b`).test(page));
      const end = all.findIndex((page) => new RegExp(`${ROW_END}${n}\\b`).test(page));
      expect(start, `session ${n}`).toBeGreaterThanOrEqual(0);
      expect(end, `session ${n}`).toBe(start);
      expect(all[start]).toContain(formatShortDate(sessionDate(n - 1)));
    }
    expect(all.join('\n')).toContain('Note not yet signed');
  });

  it('is tagged for a screen reader: headings, the session table with its header cells, the chart in words', async () => {
    const tree = meaningful((await pdfStructure(await exportTo('all-a4', { sections: ALL_SECTIONS })))!);
    const elements = allElements(tree);
    const types = elements.map((element) => element.type);
    expect(tree.type).toBe('Document');
    expect(types).toContain('H1');
    expect(types.filter((type) => type === 'H2').length).toBeGreaterThan(3);
    const rows = (table: StructureElement) => table.children.filter((row) => row.type === 'TR');
    const sessions = elements.find((element) => element.type === 'Table' && rows(element).length > SESSIONS);
    expect(sessions, 'a table with a row for each session').toBeDefined();
    expect(rows(sessions!)[0]!.children.map((cell) => cell.type)).toEqual(['TH', 'TH', 'TH', 'TH']);
    expect(
      rows(sessions!)
        .slice(1)
        .every((row) => row.children.some((cell) => cell.type === 'TD')),
    ).toBe(true);
    const figures = elements.filter((e) => e.type === 'Figure');
    expect(figures.map((figure) => figure.alt)).toContain('Working alliance by session');
    // A Figure's alternate text stands for all under it: the printed description must sit beside
    // the drawing, not inside a figure whose alternate text would hide it.
    for (const figure of figures) {
      expect(
        allElements(figure)
          .slice(1)
          .map((e) => e.type),
        figure.alt,
      ).toEqual([]);
    }
    const chart = elements.find((e) => e.children.some((c) => c.alt === 'Working alliance by session'))!;
    expect(chart.type).not.toBe('Figure');
    expect(chart.children.map((c) => c.type)).toEqual(['Figure', 'P']);
    // No heading or paragraph is an empty tag: each holds text from the page.
    for (const element of elements.filter((e) => /^(H\d|P)$/.test(e.type))) {
      expect(
        allElements(element).reduce((sum, e) => sum + e.content, 0),
        element.type,
      ).toBeGreaterThan(0);
    }
  });

  it('prints only the chosen sections and period', async () => {
    const from = sessionDate(10);
    const to = sessionDate(19);
    const file = await exportTo('narrow', { sections: ['goals', 'sessions'], from, to });
    const text = pdfText(file).stdout;
    expect(text).toContain('Goals');
    expect(text).toContain('Session history');
    for (const absent of [
      'Identity',
      'Risk information',
      'Cultural background',
      'Intake highlights',
      CHOSEN_NAME,
    ])
      expect(text).not.toContain(absent);
    for (let n = 1; n <= SESSIONS; n++) {
      expect(new RegExp(`${SESSION_MARKER}${n}\\b`).test(text)).toBe(n >= 11 && n <= 20);
    }
  });

  it('lays out for A4 or Letter as chosen', async () => {
    const a4 = await exportTo('all-a4', { sections: ALL_SECTIONS });
    const letter = await exportTo('all-letter', { sections: ALL_SECTIONS, paper: 'Letter' });
    expect(pdfInfo(a4)['Page size']).toMatch(/^59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(pdfInfo(letter)['Page size']).toMatch(/^612(\.\d+)? x 792(\.\d+)? pts \(letter\)/);
    expect(qpdf(['--check', letter]).status).toBe(0);
  });

  it('records each export in the audit trail: client, sections, protected or not', async () => {
    await exportTo('narrow', { sections: ['goals', 'sessions'], from: sessionDate(10), to: sessionDate(19) });
    const entries = listAudit(vault.core.session.db(), 500).filter((e) => e.action === 'summary.exported');
    expect(entries.length).toBe(exported.size);
    const narrow = entries.find((e) => e.detail?.startsWith('purpose=custom; sections=goals,sessions;'));
    expect(narrow).toMatchObject({ entity: 'client', entityId: vault.clientId });
    expect(narrow?.detail).toContain('protected=no');
    expect(narrow?.detail).not.toContain(CHOSEN_NAME);
  });

  it('leaves nothing about the client in the browser profile', async () => {
    const before = new Set(readdirSync(tmpdir()));
    const scanner = new ChromiumSummaryPrinter();
    try {
      const file = join(vault.dir, 'scan.pdf');
      await vault
        .service()
        .saveTo(file, exportRequest.parse({ clientId: vault.clientId, sections: ALL_SECTIONS }), scanner);
      expect(readFileSync(file).length).toBeGreaterThan(1000);
      // The browser is still running: its profile is as full as it will get. Other test files run
      // alongside and make temp folders of their own, so only browser profiles are scanned here.
      const fresh = readdirSync(tmpdir()).filter(
        (name) => !before.has(name) && name.startsWith('playwright_chromiumdev_profile-'),
      );
      expect(fresh.length).toBeGreaterThan(0);
      const scanned = fresh.flatMap((name) => filesUnder(join(tmpdir(), name)));
      expect(scanned.length).toBeGreaterThan(5);
      const secrets = [
        CHOSEN_NAME,
        LEGAL_NAME,
        'Whitfield',
        DIAGNOSIS,
        SCRIPTS.arabic,
        `${SESSION_MARKER}1 `,
      ];
      const leaks = scanned
        .map((path) => [path, fileContainsAny(path, secrets)] as const)
        .filter(([, found]) => found !== null);
      expect(leaks).toEqual([]);
    } finally {
      await scanner.close();
    }
  });
});
