import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate } from '../../shared/dates/format-date';
import { isLetterheadEmpty } from '../../shared/practice/letterhead-empty';
import { exportRequest } from '../../shared/summary/summary-contract';
import { ChromiumSummaryPrinter } from '../../electron/core/features/pdf/chromium-printer';
import { createRecordServices } from '../../electron/core/router/services';
import { clockedCore } from './support/clocked-core';
import { pdfText, squash } from './support/pdf-tools';

const LEVELS = {
  '-2': 'Stays in every evening',
  '-1': 'Goes out once a month',
  '0': 'Goes out once a week',
  '1': 'Goes out twice a week',
  '2': 'Joins a weekly club',
};

let core: Awaited<ReturnType<typeof clockedCore>>;
let printer: ChromiumSummaryPrinter;
let clientId = '';
// Our own folder: the shared temp folders are removed after each test, and this vault serves them all.
const dir = mkdtempSync(join(tmpdir(), 'rapport-letter-'));

async function signedNote(date: string) {
  const created = await core.call('notes:create', { clientId, sessionDate: date, format: 'DAP' });
  await core.call('notes:save', {
    id: created.id,
    baseUpdatedAt: created.updatedAt,
    content: {
      sessionDate: date,
      modality: 'in-person',
      format: 'DAP',
      body: { data: 'Talked about the week.' },
    },
  });
  await core.call('notes:sign', { id: created.id });
}

async function printed(name: string, request: Record<string, unknown>): Promise<string> {
  const path = join(dir, `${name}.pdf`);
  const summary = createRecordServices(() => core.session.db(), {
    now: () => new Date(core.clock.now),
  }).summary;
  await summary.saveTo(path, exportRequest.parse({ clientId, ...request }), printer);
  return squash(pdfText(path).stdout);
}

beforeAll(async () => {
  // No practice details at all: the letterhead is empty.
  core = await clockedCore(Date.parse('2026-11-20T09:00:00Z'), join(dir, 'vault'));
  printer = new ChromiumSummaryPrinter();
  ({ id: clientId } = await core.call('clients:createEnquiry', { chosenName: 'Inès Duarte' }));
  for (const date of ['2026-01-12', '2026-06-01', '2026-09-07']) await signedNote(date);
  const plan = await core.call('goals:saveVersion', {
    clientId,
    reviewDate: '2026-08-01',
    goals: [{ clientWords: 'See friends again', levels: LEVELS }],
  });
  const version = plan.versions[0]!;
  await core.call('goals:agree', { versionId: version.id, agreedOn: '2026-01-12', method: 'verbal' });
  await core.call('goals:setStatus', {
    clientId,
    goalKey: version.goals[0]!.goalKey,
    status: 'achieved',
    date: '2026-10-01',
  });
});

afterAll(async () => {
  await printer?.close();
  core?.session.lock('quit');
  rmSync(dir, { recursive: true, force: true });
});

describe('a summary laid out as a letter', () => {
  it('says the first session of a limited period is the first in it, and shows the first ever apart', async () => {
    const text = await printed('period', { sections: ['status'], from: '2026-06-01' });
    expect(text).toContain(squash(`First session in this period ${formatDate('2026-06-01')}`));
    expect(text).toContain(squash(`Most recent session in this period ${formatDate('2026-09-07')}`));
    expect(text).toContain(squash(`First session ever ${formatDate('2026-01-12')}`));
    const whole = await printed('whole', { sections: ['status'] });
    expect(whole).toContain(squash(`First session ${formatDate('2026-01-12')}`));
    expect(whole).not.toContain(squash('in this period'));
  }, 120_000);

  it('flags a plan review that is overdue, and says when no goal is active', async () => {
    const text = await printed('goals', { sections: ['goals'] });
    expect(text).toContain(squash(`Review overdue since ${formatDate('2026-08-01')}`));
    expect(text).toContain(squash('No goal is active: each has been achieved or discontinued.'));
    // Before the review date and before the goal was achieved, neither is said.
    const earlier = await printed('goals-early', { sections: ['goals'], to: '2026-07-31' });
    expect(earlier).not.toContain(squash('Review overdue'));
    expect(earlier).not.toContain(squash('No goal is active'));
    expect(earlier).toContain(squash(`review due ${formatDate('2026-08-01')}`));
  }, 120_000);

  it('leaves "Prepared by" to be signed by hand when the letterhead is empty', async () => {
    const practice = await core.call('practice:get', {});
    expect(isLetterheadEmpty(practice)).toBe(true);
    const text = await printed('no-letterhead', { sections: ['status'] });
    expect(text).toContain(squash('by the signatory below'));
    expect(text).toContain(squash('Prepared by (name and credentials)'));
    expect(text).toContain(squash(`Dated ${formatDate('2026-11-20')}`));
  }, 120_000);
});
