import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyIntake } from '../../shared/clients/intake-schema';
import type { ChannelInput } from '../../shared/contract';
import { formatDate } from '../../shared/dates/format-date';
import { selectSummary } from '../../shared/summary/select-summary';
import { exportRequest, summaryOptions } from '../../shared/summary/summary-contract';
import { ChromiumSummaryPrinter } from '../../electron/core/features/pdf/chromium-printer';
import { createRecordServices } from '../../electron/core/router/services';
import { clockedCore } from './support/clocked-core';
import { pdfText, squash } from './support/pdf-tools';

type Review = Omit<ChannelInput<'risk:record'>, 'clientId' | 'source'>;

const LOW: Review = {
  reviewedOn: '2026-03-02',
  suicidalThoughts: 'none',
  intent: 'no',
  plan: 'no',
  means: 'not-asked',
  pastAttempts: 'no',
  selfHarm: 'no',
  harmToOthers: 'no',
  harmFromOthers: 'no',
  judgement: 'low',
  reasons: 'No thoughts of suicide at intake.',
};
const RAISED = 'Active thoughts since the eviction notice, with a method in mind; no intent to act.';

let core: Awaited<ReturnType<typeof clockedCore>>;
let printer: ChromiumSummaryPrinter;
let clientId = '';
const dir = mkdtempSync(join(tmpdir(), 'rapport-risk-reviews-'));

function service() {
  return createRecordServices(() => core.session.db(), { now: () => new Date(core.clock.now) }).summary;
}

async function note(date: string) {
  const created = await core.call('notes:create', { clientId, sessionDate: date, format: 'DAP' });
  await core.call('notes:save', {
    id: created.id,
    baseUpdatedAt: created.updatedAt,
    content: { sessionDate: date, modality: 'video', format: 'DAP', body: { data: 'Talked about housing.' } },
  });
  return created.id;
}

beforeAll(async () => {
  core = await clockedCore(Date.parse('2026-03-02T09:00:00Z'), join(dir, 'vault'));
  printer = new ChromiumSummaryPrinter();
  await core.call('practice:update', { clinicianName: 'Dr Ana Ríos', credentials: 'PsyD' });
  ({ id: clientId } = await core.call('clients:createEnquiry', { chosenName: 'Maya Okafor' }));
  const intake = emptyIntake('Maya Okafor');
  Object.assign(intake.risk, { suicidalThoughts: 'none', selfHarm: 'none', harmToOthers: 'none' });
  await core.call('intake:save', { clientId, baseRevision: 0, markComplete: true, data: intake });
  await core.call('risk:record', { clientId, source: { kind: 'intake' }, ...LOW });
  core.advanceHours(24 * 30);
  const raised = await note('2026-04-01');
  await core.call('risk:record', {
    clientId,
    source: { kind: 'note', noteId: raised },
    ...LOW,
    reviewedOn: '2026-04-01',
    suicidalThoughts: 'active',
    plan: 'yes',
    judgement: 'high',
    reasons: RAISED,
    actions: 'Safety plan written together.',
  });
  await core.call('notes:sign', { id: raised });
  core.advanceHours(24 * 7);
  // A later review in a draft note is not final: the summary does not print it.
  const draft = await note('2026-04-08');
  await core.call('risk:record', {
    clientId,
    source: { kind: 'note', noteId: draft },
    ...LOW,
    reviewedOn: '2026-04-08',
    reasons: 'Draft.',
  });
});

afterAll(async () => {
  await printer?.close();
  core?.session.lock('quit');
  rmSync(dir, { recursive: true, force: true });
});

describe('the summary prints the latest risk review', () => {
  it('chooses the latest sealed review, with its date and source, in place of the intake reading', () => {
    const source = service().preview(clientId);
    const risk = selectSummary(source, summaryOptions.parse({ clientId })).risk!;
    expect(risk).toMatchObject({
      kind: 'review',
      reviewedOn: '2026-04-01',
      judgement: 'high',
      source: `In the signed note of ${formatDate('2026-04-01')}`,
      recordedBy: 'Dr Ana Ríos, PsyD',
      earlier: 1,
      trend: ['low', 'high'],
    });
    // A period that ends before the rise prints the intake's review.
    const early = selectSummary(source, summaryOptions.parse({ clientId, to: '2026-03-31' })).risk!;
    expect(early).toMatchObject({ kind: 'review', judgement: 'low', source: 'At intake' });
    // No review at all: the intake's answers, as before.
    const none = selectSummary({ ...source, riskReviews: [] }, summaryOptions.parse({ clientId })).risk!;
    expect(none.kind).toBe('intake');
  });

  it('prints it in the PDF with its date, source and reasons', async () => {
    const path = join(dir, 'risk-review.pdf');
    await service().saveTo(path, exportRequest.parse({ clientId, sections: ['identity', 'risk'] }), printer);
    const text = squash(pdfText(path).stdout);
    expect(text).toContain(squash(`Latest risk review, ${formatDate('2026-04-01')}: High`));
    expect(text).toContain(
      squash(`In the signed note of ${formatDate('2026-04-01')}, by Dr Ana Ríos, PsyD.`),
    );
    expect(text).toContain(squash(RAISED));
    expect(text).toContain(squash('Judgements, oldest first: Low → High.'));
    expect(text).not.toContain(squash('At intake, answers last updated'));
    expect(text).not.toContain(squash('Draft.'));
  }, 120_000);
});
