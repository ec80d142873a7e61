import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyIntake } from '../../shared/clients/intake-schema';
import { formatDate, localDay } from '../../shared/dates/format-date';
import { riskSentence } from '../../shared/notes/risk-wording';
import { shortFingerprint } from '../../shared/notes/short-fingerprint';
import { selectSummary } from '../../shared/summary/select-summary';
import { exportRequest, summaryOptions } from '../../shared/summary/summary-contract';
import { ChromiumSummaryPrinter } from '../../electron/core/features/pdf/chromium-printer';
import { createRecordServices } from '../../electron/core/router/services';
import { clockedCore } from './support/clocked-core';
import { pdfText, squash } from './support/pdf-tools';

const PASSIVE =
  'Client reported passive suicidal thoughts on two evenings this week, with no plan or intent.';
const REVIEW = 'Reviewed the safety plan together; passive suicidal thoughts less frequent.';
const ADDENDUM = 'Telephoned the GP with consent on the following morning.';

let core: Awaited<ReturnType<typeof clockedCore>>;
let printer: ChromiumSummaryPrinter;
let clientId = '';
// Our own folder: the shared temp folders are removed after each test, and this vault serves them all.
const dir = mkdtempSync(join(tmpdir(), 'rapport-risk-'));
const signed: { id: string; contentHash: string | null; signedAt: string | null }[] = [];

async function note(date: string, response: string, sign = true) {
  const created = await core.call('notes:create', { clientId, sessionDate: date, format: 'BIRP' });
  await core.call('notes:save', {
    id: created.id,
    baseUpdatedAt: created.updatedAt,
    content: {
      sessionDate: date,
      modality: 'in-person',
      format: 'BIRP',
      body: { behaviour: 'Arrived on time.', response },
    },
  });
  if (sign) signed.push(await core.call('notes:sign', { id: created.id }));
  return created.id;
}

function service() {
  return createRecordServices(() => core.session.db(), { now: () => new Date(core.clock.now) }).summary;
}

beforeAll(async () => {
  core = await clockedCore(Date.parse('2026-03-02T09:00:00Z'), join(dir, 'vault'));
  printer = new ChromiumSummaryPrinter();
  await core.call('practice:update', { clinicianName: 'Dr Ana Ríos', credentials: 'PsyD' });
  ({ id: clientId } = await core.call('clients:createEnquiry', { chosenName: 'Maya Okafor' }));
  const intake = emptyIntake('Maya Okafor');
  Object.assign(intake.risk, { suicidalThoughts: 'none', selfHarm: 'none', harmToOthers: 'none' });
  await core.call('intake:save', { clientId, baseRevision: 0, markComplete: true, data: intake });
  core.clock.now = Date.parse('2026-11-20T09:00:00Z');
  core.session.touch();
  await note('2026-03-09', 'Settled into the work; sleep improving.');
  const october = await note('2026-10-05', PASSIVE);
  await core.call('notes:addAddendum', { noteId: october, body: ADDENDUM });
  await note('2026-11-02', REVIEW);
  // Not signed, so not final: it must not count.
  await note('2026-11-16', 'Draft: suicidal thoughts discussed again.', false);
});

afterAll(async () => {
  await printer?.close();
  core?.session.lock('quit');
  rmSync(dir, { recursive: true, force: true });
});

describe('risk wording in notes', () => {
  it('finds the sentence that mentions risk, a denial included, and nothing in ordinary text', () => {
    expect(riskSentence(['Slept well. Denies suicidal ideation. Plan: continue.'])).toBe(
      'Denies suicidal ideation.',
    );
    expect(riskSentence(['Talked about her sister. Si, she said, the wedding is soon.'])).toBe('');
    expect(riskSentence(['Arrived on time.', 'Updated the safety plan.'])).toBe('Updated the safety plan.');
  });
});

describe('the risk section', () => {
  it('says what signed notes after the intake record, with the latest sentence and its dates', () => {
    const source = service().preview(clientId);
    const risk = selectSummary(source, summaryOptions.parse({ clientId })).risk!;
    // No risk review is recorded in this vault, so the section falls back to the intake and the notes.
    if (risk.kind !== 'intake') throw new Error(`expected the intake's answers, got ${risk.kind}`);
    expect(risk.answeredOn).toBe('2026-03-02');
    expect(risk.mentions).toEqual({
      afterIntake: true,
      sessions: 2,
      latest: { date: '2026-11-02', signedAt: signed[2]!.signedAt, sentence: REVIEW },
    });
    // A period that ends before the notes spoke of risk shows the intake's answers alone.
    const early = selectSummary(source, summaryOptions.parse({ clientId, to: '2026-09-30' })).risk!;
    expect(early).toMatchObject({ kind: 'intake', mentions: null });
  });

  it('prints the later notes first and dates the intake answers, so "None reported" is never alone', async () => {
    const path = join(dir, 'risk.pdf');
    await service().saveTo(
      path,
      exportRequest.parse({ clientId, sections: ['identity', 'risk', 'sessions'] }),
      printer,
    );
    const text = squash(pdfText(path).stdout);
    const mentions = squash(
      `Notes after the intake mention risk: 2 sessions, latest ${formatDate('2026-11-02')} — see the record.`,
    );
    const intake = squash(`At intake, answers last updated ${formatDate('2026-03-02')}`);
    expect(text).toContain(mentions);
    expect(text).toContain(squash(REVIEW));
    expect(text).toContain(intake);
    expect(text.indexOf(mentions)).toBeLessThan(text.indexOf(squash('None reported')));
    expect(text.indexOf(intake)).toBeLessThan(text.indexOf(squash('None reported')));
  }, 120_000);

  it('prints each signed session with its signing day and short fingerprint, and its addenda under it', async () => {
    const path = join(dir, 'sessions.pdf');
    await service().saveTo(path, exportRequest.parse({ clientId, sections: ['sessions'] }), printer);
    const text = squash(pdfText(path).stdout);
    for (const n of signed) {
      const day = formatDate(localDay(new Date(n.signedAt!)));
      expect(text).toContain(squash(`Signed ${day} · ${shortFingerprint(n.contentHash!)}`));
    }
    expect(text).toContain(squash('Addendum, signed'));
    // Between the October row (its first words: the table's columns interleave its lines) and November's.
    const october = text.indexOf(squash('Client reported passive suicidal'));
    const addendum = text.indexOf(squash(ADDENDUM));
    expect(october).toBeGreaterThan(0);
    expect(addendum).toBeGreaterThan(october);
    expect(addendum).toBeLessThan(text.indexOf(squash(REVIEW)));
  }, 120_000);
});
