import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChromiumSummaryPrinter } from '../../electron/core/features/pdf/chromium-printer';
import { safetyPlanFileName } from '../../electron/core/features/pdf/safety-plan-printer';
import { createRecordServices } from '../../electron/core/router/services';
import { emptyIntake } from '../../shared/clients/intake-schema';
import { printSafetyPlanRequest } from '../../shared/safety-plan/safety-plan-contract';
import type { SafetyPlanSectionsInput } from '../../shared/safety-plan/safety-plan-schema';
import { selectSummary } from '../../shared/summary/select-summary';
import { summaryOptions } from '../../shared/summary/summary-contract';
import { purposeChoices } from '../../shared/summary/summary-purposes';
import { dumpTables, openCore } from './support/open-core';
import { pdfInfo, pdfText, squash } from './support/pdf-tools';

/** The PDFs and their pages as PNGs, kept for a person to look at (test-results is not committed). */
const OUT_DIR = join('test-results', 'pdf-safety-plan');

const ARABIC = 'أمشي على البحر عندما أشعر بالضيق';
const CHINESE = '给姐姐打电话';
const PLAN: SafetyPlanSectionsInput = {
  warningSigns: [{ text: 'I stop answering messages' }, { text: 'Lying awake after 2 a.m.' }],
  onMyOwn: [{ text: ARABIC }, { text: 'Cold water on my face, then the breathing app' }],
  peopleAndPlaces: [{ text: 'The library café on Hill Street' }],
  askForHelp: [{ text: `${CHINESE} (Lan)`, phone: '+61 400 123 456' }],
  professionals: [
    { text: 'Lifeline', phone: '13 11 14' },
    { text: 'Dr Osei, my GP', phone: '(02) 9000 1234' },
  ],
  saferSurroundings: [{ text: 'The tablets stay at my sister’s flat' }],
  reasonsForLiving: [{ text: 'My niece Amira' }, { text: 'Seeing Kyoto one day' }],
};

let core: Awaited<ReturnType<typeof openCore>>;
let printer: ChromiumSummaryPrinter;
let clientId = '';
let versionId = '';

function printerService() {
  return createRecordServices(() => core.session.db()).safetyPlanPrinter;
}

async function print(name: string, request: Record<string, unknown>) {
  const path = join(OUT_DIR, `${name}.pdf`);
  const saved = await printerService().saveTo(path, printSafetyPlanRequest.parse(request), printer);
  return { path, saved };
}

/** Each page of the PDF as a PNG beside it, for a person to look at. */
function toPng(path: string, password?: string): string[] {
  const prefix = path.replace(/\.pdf$/, '');
  execFileSync('pdftoppm', [...(password ? ['-upw', password] : []), '-png', '-r', '70', path, prefix]);
  const base = prefix.split('/').at(-1)!;
  return readdirSync(OUT_DIR).filter((f) => f.startsWith(`${base}-`) && f.endsWith('.png'));
}

/** The height of the first box pdftotext finds for a word: how large its type was printed. */
function wordHeight(path: string, word: string): number {
  const html = execFileSync('pdftotext', ['-bbox', path, '-'], { encoding: 'utf8' });
  const box = new RegExp(`yMin="([\\d.]+)" xMax="[\\d.]+" yMax="([\\d.]+)">${word}</word>`).exec(html);
  if (!box) throw new Error(`${word} is not in ${path}`);
  return Number(box[2]) - Number(box[1]);
}

beforeAll(async () => {
  rmSync(OUT_DIR, { recursive: true, force: true });
  mkdirSync(OUT_DIR, { recursive: true });
  core = await openCore();
  printer = new ChromiumSummaryPrinter();
  await core.call('practice:update', {
    clinicianName: 'Dr Ana Ríos',
    practiceName: 'Harbour Street Counselling',
    phone: '+61 2 9000 5555',
  });
  ({ id: clientId } = await core.call('clients:createEnquiry', { chosenName: 'Mariam Haddad' }));
  const intake = emptyIntake('Mariam Haddad');
  intake.identity.preferredLanguage = 'Arabic';
  intake.cultural.languages = 'Arabic, English, Mandarin';
  await core.call('intake:save', { clientId, baseRevision: 0, markComplete: true, data: intake });
  const plan = await core.call('safetyPlan:save', { clientId, sections: PLAN });
  versionId = plan.versions[0]!.id;
  await core.call('safetyPlan:agree', {
    versionId,
    agreedOn: '2026-03-02',
    method: 'typed',
    typedName: 'Mariam Haddad',
  });
});

afterAll(async () => {
  await printer.close();
  core.session.lock('quit');
});

describe('the printed safety plan', () => {
  it('is one A4 page holding every line in Arabic, Latin and Chinese script, and the practice’s number', async () => {
    const { path, saved } = await print('plan-a4', { versionId, paper: 'A4' });
    expect(saved).toMatchObject({ pages: 1, protected: false });
    expect(pdfInfo(path).Pages).toBe('1');
    expect(pdfInfo(path)['Page size']).toMatch(/^59\d(\.\d+)? x 84\d(\.\d+)? pts \(A4\)$/);
    const text = squash(pdfText(path).stdout);
    for (const line of [
      ARABIC,
      CHINESE,
      'I stop answering messages',
      '+61 400 123 456',
      '13 11 14',
      'Harbour Street Counselling',
      '+61 2 9000 5555',
      'My safety plan',
      'Version 1, agreed 2 March 2026',
      'What I am living for',
    ]) {
      expect(text).toContain(squash(line));
    }
    // The client's own copy names nobody but the people the client listed.
    expect(text).not.toContain('Mariam');
    expect(pdfInfo(path).Title).toBe('Safety plan');
    expect(toPng(path)).toEqual(['plan-a4-1.png']);
  });

  it('prints on one Letter page with a password, and only the password opens it', async () => {
    const password = 'harbour lantern 42';
    const { path, saved } = await print('plan-letter-protected', { versionId, paper: 'Letter', password });
    expect(saved).toMatchObject({ pages: 1, protected: true });
    expect(pdfText(path).status).not.toBe(0);
    expect(squash(pdfText(path, { password }).stdout)).toContain(squash(CHINESE));
    expect(pdfInfo(path, password)['Page size']).toMatch(/612 x 792 pts \(letter\)/);
    expect(toPng(path, password)).toEqual(['plan-letter-protected-1.png']);
  });

  it('shrinks a full plan to stay on one page', async () => {
    const line = (i: number) => ({ text: `Line ${i}: a short thing that helps me` });
    const full = Object.fromEntries(
      Object.keys(PLAN).map((key) => [
        key,
        Array.from({ length: 10 }, (_, i) =>
          key === 'askForHelp' || key === 'professionals' ? { ...line(i), phone: '0400 000 000' } : line(i),
        ),
      ]),
    );
    const draft = await core.call('safetyPlan:save', { clientId, sections: full });
    const { path, saved } = await print('plan-full', { versionId: draft.versions[0]!.id, paper: 'Letter' });
    expect(saved.pages).toBe(1);
    const text = pdfText(path).stdout;
    expect(text).toContain('a draft not yet agreed');
    expect(squash(text)).toContain(squash('Line 9: a short thing that helps me'));
    // Smaller type than the short plan's, which prints at the largest size.
    expect(wordHeight(path, 'Line')).toBeLessThan(0.8 * wordHeight(join(OUT_DIR, 'plan-a4.pdf'), 'Lying'));
    toPng(path);
  });

  it('refuses a plan too long for one page, writes no file and records nothing', async () => {
    const long = (i: number) => ({
      text: `${i} ${'a long sentence that goes on and on '.repeat(8)}`.slice(0, 300),
    });
    const plan = await core.call('safetyPlan:get', { clientId });
    const sections = Object.fromEntries(
      Object.keys(PLAN).map((key) => [
        key,
        Array.from({ length: 10 }, (_, i) =>
          key === 'askForHelp' || key === 'professionals' ? { ...long(i), phone: '0400' } : long(i),
        ),
      ]),
    );
    const draft = await core.call('safetyPlan:save', { clientId, versionId: plan.versions[0]!.id, sections });
    const printed = () =>
      (dumpTables(core).audit_log as { action: string }[]).filter((r) => r.action.startsWith('safety-plan.'));
    const before = printed();
    const path = join(OUT_DIR, 'too-long.pdf');
    const error = await printerService()
      .saveTo(path, printSafetyPlanRequest.parse({ versionId: draft.versions[0]!.id }), printer)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'VALIDATION',
      message:
        'This safety plan does not fit on one page. Shorten or remove some lines, then print it again.',
    });
    expect(existsSync(path)).toBe(false);
    expect(printed()).toEqual(before);
  });

  it('is recorded in the audit trail by version, paper and protection only', () => {
    const printed = (
      dumpTables(core).audit_log as { action: string; entity_id: string; detail: string }[]
    ).filter((r) => r.action === 'safety-plan.printed');
    expect(printed.slice(0, 2).map((r) => [r.entity_id, r.detail])).toEqual([
      [versionId, 'paper=A4; protected=no'],
      [versionId, 'paper=Letter; protected=yes'],
    ]);
  });

  it('is offered under a file name that never holds the client’s name', () => {
    expect(safetyPlanFileName('2026-03-02')).toBe('safety-plan-2026-03-02.pdf');
  });
});

describe('the safety plan in the client summary', () => {
  it('prints the version agreed by the end of the period, chosen for the client and another clinician, not an insurer', async () => {
    const source = await core.call('summary:preview', { clientId });
    const choose = (purpose: 'client' | 'clinician' | 'third-party', to = '') =>
      selectSummary(source, summaryOptions.parse({ clientId, ...purposeChoices(purpose), to }));
    expect(choose('third-party').safetyPlan).toBeNull();
    expect(choose('clinician').safetyPlan?.plan).toMatchObject({ number: 1, agreedOn: '2026-03-02' });
    const forClient = choose('client').safetyPlan!.plan!;
    expect(forClient.sections.map((s) => s.title)).toContain('People I can ask for help');
    expect(forClient.sections.find((s) => s.key === 'onMyOwn')!.items[0]!.text).toBe(ARABIC);
    // Before the plan was agreed there was none; a draft is never printed as the client's plan.
    expect(choose('client', '2026-03-01').safetyPlan).toEqual({ plan: null });
  });
});
