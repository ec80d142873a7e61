import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../shared/contract';
import { importVault } from '../../electron/core/vault/open-export/import-vault';
import { createAppCore } from '../../electron/core/router/app-core';
import { clockedCore } from './support/clocked-core';
import { APP_DEMO, seedDemo } from '../../electron/tools/demo/seed-demo';
import { dumpTables, openCore } from './support/open-core';
import { STRONG_2, TEST_KDF, tempDir } from './support/temp-vault';

const DAY = 24;
const CALM = [1, 1, 1, 1, 1, 1, 1, 1, 0];
const LOW_MOOD_WITH_THOUGHTS = [2, 2, 2, 2, 2, 2, 1, 1, 1];

async function client() {
  const core = await clockedCore(Date.parse('2026-03-02T09:00:00Z'));
  await core.call('practice:update', { clinicianName: 'Dr Ana Ríos', credentials: 'PsyD' });
  const { id: clientId } = await core.call('clients:createEnquiry', { chosenName: 'Maya Okafor' });
  return { core, clientId };
}

function phq9(clientId: string, answers: number[], completedOn: string): ChannelInput<'measures:record'> {
  return { clientId, instrumentId: 'phq9', answers, completedOn, completedBy: 'clinician' };
}

const REVIEW = {
  suicidalThoughts: 'passive',
  intent: 'no',
  plan: 'no',
  means: 'not-asked',
  pastAttempts: 'no',
  selfHarm: 'no',
  harmToOthers: 'no',
  harmFromOthers: 'no',
  judgement: 'moderate',
  reasons: 'Passive thoughts some evenings; no plan.',
} as const;

describe('outcome measures recorded for a client', () => {
  it('are scored on the main side from the answers, with who completed them and who recorded them', async () => {
    const { core, clientId } = await client();
    const entry = await core.call('measures:record', phq9(clientId, CALM, '2026-03-02'));
    expect(entry).toMatchObject({
      instrumentId: 'phq9',
      instrumentVersion: '1',
      answers: CALM,
      total: 8,
      band: 'mild',
      riskRaised: false,
      riskOpen: false,
      completedBy: 'clinician',
      recordedBy: 'Dr Ana Ríos, PsyD',
      supersededBy: null,
    });
    const wrong = await core.router.call('measures:record', phq9(clientId, [1, 1], '2026-03-02'));
    expect(wrong).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const future = await core.router.call('measures:record', phq9(clientId, CALM, '2026-03-03'));
    expect(future).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('raise a risk flag on PHQ-9 item 9 that a risk review on or after that day clears', async () => {
    const { core, clientId } = await client();
    await core.call('risk:record', {
      clientId,
      source: { kind: 'intake' },
      reviewedOn: '2026-03-01',
      ...REVIEW,
    });
    core.advanceHours(DAY * 7);
    const raised = await core.call('measures:record', phq9(clientId, LOW_MOOD_WITH_THOUGHTS, '2026-03-09'));
    expect(raised).toMatchObject({ total: 15, band: 'moderately-severe', riskRaised: true, riskOpen: true });
    // The earlier review does not answer a later item 9.
    expect(await core.call('measures:riskFlags', {})).toEqual([
      {
        clientId,
        chosenName: 'Maya Okafor',
        measureId: raised.id,
        instrumentId: 'phq9',
        completedOn: '2026-03-09',
        answer: 1,
      },
    ]);
    await core.call('risk:record', {
      clientId,
      source: { kind: 'intake' },
      reviewedOn: '2026-03-09',
      ...REVIEW,
    });
    expect(await core.call('measures:riskFlags', {})).toEqual([]);
    const { entries } = await core.call('measures:forClient', { clientId });
    expect(entries[0]).toMatchObject({ riskRaised: true, riskOpen: false });
  });

  it('never change: the database refuses, and a correction is a new entry that supersedes with a reason', async () => {
    const { core, clientId } = await client();
    const first = await core.call('measures:record', phq9(clientId, LOW_MOOD_WITH_THOUGHTS, '2026-03-02'));
    const db = core.session.db();
    expect(() => db.prepare("UPDATE measures SET answers = '[0]' WHERE id = ?").run(first.id)).toThrow(
      /cannot be changed/,
    );
    expect(() => db.prepare('UPDATE measures SET total = 0 WHERE id = ?').run(first.id)).toThrow(
      /cannot be changed/,
    );
    expect(() => db.prepare('DELETE FROM measures WHERE id = ?').run(first.id)).toThrow(/cannot be changed/);

    const corrected = await core.call('measures:record', {
      ...phq9(clientId, CALM, '2026-03-02'),
      correction: { supersedesId: first.id, reason: 'Item 9 was ticked by mistake; the client said so.' },
    });
    expect(corrected).toMatchObject({ total: 8, supersedesId: first.id, riskRaised: false });
    const { entries } = await core.call('measures:forClient', { clientId });
    expect(entries.map((e) => [e.total, e.supersededBy])).toEqual([
      [15, corrected.id],
      [8, null],
    ]);
    // The superseded entry's flag no longer stands, but its answers stay in the record.
    expect(entries[0]).toMatchObject({ riskRaised: true, riskOpen: false, answers: LOW_MOOD_WITH_THOUGHTS });
    expect(await core.call('measures:riskFlags', {})).toEqual([]);

    const before = dumpTables(core);
    const again = await core.router.call('measures:record', {
      ...phq9(clientId, CALM, '2026-03-02'),
      correction: { supersedesId: first.id, reason: 'Twice' },
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const otherMeasure = await core.router.call('measures:record', {
      ...phq9(clientId, [0, 0, 0, 0, 0, 0, 0], '2026-03-02'),
      instrumentId: 'gad7',
      correction: { supersedesId: corrected.id, reason: 'Wrong form' },
    });
    expect(otherMeasure).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(dumpTables(core)).toEqual(before);
  });

  it('audit by id only: no answers or names reach the audit trail', async () => {
    const { core, clientId } = await client();
    const entry = await core.call('measures:record', {
      ...phq9(clientId, LOW_MOOD_WITH_THOUGHTS, '2026-03-02'),
    });
    await core.call('measures:record', {
      ...phq9(clientId, CALM, '2026-03-02'),
      correction: { supersedesId: entry.id, reason: 'Misheard answer about sleep' },
    });
    const trail = JSON.stringify(core.session.db().prepare('SELECT * FROM audit_log').all());
    expect(trail).toContain(entry.id);
    expect(trail).not.toMatch(/Misheard|sleep|Maya|\[2,2/);
  });
});

describe('measure schedules', () => {
  it('make a measure due every two weeks from the start, and at a session for every session', async () => {
    const { core, clientId } = await client();
    const schedules = await core.call('measures:schedule', {
      clientId,
      instrumentId: 'phq9',
      cadence: 'every-2-weeks',
      startOn: '2026-03-02',
      active: true,
    });
    expect(schedules).toEqual([
      { clientId, instrumentId: 'phq9', cadence: 'every-2-weeks', startOn: '2026-03-02', active: true },
    ]);
    const due = { clientId, chosenName: 'Maya Okafor', instrumentId: 'phq9', dueOn: '2026-03-02' };
    expect(await core.call('measures:due', {})).toEqual([due]);
    await core.call('measures:record', phq9(clientId, CALM, '2026-03-02'));
    expect(await core.call('measures:due', {})).toEqual([]);
    core.advanceHours(DAY * 13);
    expect((await core.call('measures:forClient', { clientId })).due).toEqual([]);
    core.advanceHours(DAY);
    expect((await core.call('measures:forClient', { clientId })).due).toEqual([
      { ...due, dueOn: '2026-03-16' },
    ]);

    await core.call('measures:schedule', {
      clientId,
      instrumentId: 'gad7',
      cadence: 'every-session',
      startOn: '2026-03-02',
      active: true,
    });
    const gadDue = () =>
      core.call('measures:due', {}).then((d) => d.filter((m) => m.instrumentId === 'gad7'));
    expect(await gadDue()).toEqual([]);
    await core.call('appointments:create', {
      clientId,
      date: '2026-03-16',
      time: '15:00',
      durationMinutes: 50,
      modality: 'video',
    });
    expect(await gadDue()).toEqual([{ ...due, instrumentId: 'gad7', dueOn: '2026-03-16' }]);
    await core.call('measures:schedule', {
      clientId,
      instrumentId: 'gad7',
      cadence: 'every-session',
      startOn: '2026-03-02',
      active: false,
    });
    expect(await gadDue()).toEqual([]);
  });
});

describe('measures in the open export', () => {
  it('travel to a new vault and back, still unchangeable', async () => {
    const { core, clientId } = await client();
    const first = await core.call('measures:record', phq9(clientId, LOW_MOOD_WITH_THOUGHTS, '2026-03-02'));
    await core.call('measures:record', {
      ...phq9(clientId, CALM, '2026-03-02'),
      correction: { supersedesId: first.id, reason: 'Wrong tick' },
    });
    await core.call('measures:schedule', {
      clientId,
      instrumentId: 'phq9',
      cadence: 'every-4-weeks',
      startOn: '2026-03-02',
      active: true,
    });
    const before = await core.call('measures:forClient', { clientId });
    const exported = await core.call('export:vault', { outDir: tempDir(), includePsychotherapyNotes: false });
    expect(exported.tables).toMatchObject({ measures: 2, measure_schedules: 1 });
    core.session.lock('quit');

    const dir = join(tempDir(), 'imported');
    await importVault(dir, STRONG_2, join(exported.folder, 'rapport-export.json'), { kdf: TEST_KDF });
    const imported = createAppCore({ vaultDir: dir, kdf: TEST_KDF, now: () => core.clock.now });
    await imported.session.unlock(STRONG_2);
    expect(await imported.router.call('measures:forClient', { clientId })).toEqual({
      ok: true,
      value: before,
    });
    expect(() =>
      imported.session.db().prepare('UPDATE measures SET total = 0 WHERE id = ?').run(first.id),
    ).toThrow(/cannot be changed/);
    const integrity = await imported.router.call('integrity:check', {});
    expect(integrity).toMatchObject({ ok: true, value: { ok: true, findings: [] } });
    imported.session.lock('quit');
  });
});

describe('measures in the demo', () => {
  it('are scheduled at intake and answered at sessions, and every raised item 9 is followed by a review', async () => {
    const core = await openCore();
    seedDemo(core.session.db(), { ...APP_DEMO, until: '2026-03-01' });
    const clients = await core.call('clients:list', {});
    let measured = 0;
    let raised = 0;
    for (const client of clients) {
      const { entries, schedules } = await core.call('measures:forClient', { clientId: client.id });
      if (entries.length === 0) continue;
      measured++;
      expect(schedules.map((s) => s.instrumentId).sort()).toEqual(['gad7', 'phq9']);
      const phq = entries.filter((e) => e.instrumentId === 'phq9');
      for (const [earlier, later] of phq.slice(1).map((e, i) => [phq[i]!, e] as const)) {
        expect(Date.parse(later.completedOn) - Date.parse(earlier.completedOn)).toBeGreaterThanOrEqual(
          14 * 86_400_000,
        );
      }
      raised += entries.filter((e) => e.riskRaised).length;
      expect(entries.filter((e) => e.riskOpen)).toEqual([]);
    }
    expect(measured).toBeGreaterThan(0);
    expect(raised).toBeGreaterThan(0);
  }, 600_000);
});
