import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../shared/contract';
import { formatDate } from '../../shared/dates/format-date';
import { selectSummary } from '../../shared/summary/select-summary';
import { summaryOptions } from '../../shared/summary/summary-contract';
import { importVault } from '../../electron/core/vault/open-export/import-vault';
import { createAppCore } from '../../electron/core/router/app-core';
import { createRecordServices } from '../../electron/core/router/services';
import { clockedCore } from './support/clocked-core';
import { dumpTables } from './support/open-core';
import { STRONG_2, TEST_KDF, tempDir } from './support/temp-vault';

const LOW_MOOD_WITH_THOUGHTS = [2, 2, 2, 2, 2, 2, 1, 1, 2];

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
  reasons: 'Passive thoughts on bad evenings; no plan, and she named her sister as support.',
} as const;

async function flagged() {
  const core = await clockedCore(Date.parse('2026-03-09T09:00:00Z'));
  await core.call('practice:update', { clinicianName: 'Dr Ana Ríos', credentials: 'PsyD' });
  const { id: clientId } = await core.call('clients:createEnquiry', { chosenName: 'Maya Okafor' });
  const measure = await core.call('measures:record', {
    clientId,
    instrumentId: 'phq9',
    answers: LOW_MOOD_WITH_THOUGHTS,
    completedOn: '2026-03-09',
    completedBy: 'client',
  });
  return { core, clientId, measure };
}

function afterMeasure(clientId: string, measureId: string, reviewedOn: string): ChannelInput<'risk:record'> {
  return { clientId, source: { kind: 'measure', measureId }, reviewedOn, ...REVIEW };
}

describe('a risk review recorded after a measure', () => {
  it('names the measure it followed, clears the flag and is sealed at once', async () => {
    const { core, clientId, measure } = await flagged();
    expect(await core.call('measures:riskFlags', {})).toHaveLength(1);

    const review = await core.call('risk:record', afterMeasure(clientId, measure.id, '2026-03-09'));
    expect(review).toMatchObject({
      source: 'measure',
      noteId: null,
      measureId: measure.id,
      measureInstrumentId: 'phq9',
      measureCompletedOn: '2026-03-09',
      sealed: true,
      recordedBy: 'Dr Ana Ríos, PsyD',
    });
    expect(await core.call('measures:riskFlags', {})).toEqual([]);
    const { entries } = await core.call('measures:forClient', { clientId });
    expect(entries[0]).toMatchObject({ riskRaised: true, riskOpen: false });
    expect((await core.call('risk:history', { clientId })).reviews).toEqual([review]);

    // Sealed: the service and the database both refuse a change.
    const before = dumpTables(core);
    const changed = await core.router.call('risk:update', {
      id: review.id,
      ...REVIEW,
      reviewedOn: '2026-03-09',
    });
    expect(changed).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: /after a measure/ } });
    const db = core.session.db();
    expect(() => db.prepare("UPDATE risk_reviews SET judgement = 'low' WHERE id = ?").run(review.id)).toThrow(
      /sealed risk review/,
    );
    expect(() => db.prepare('DELETE FROM risk_reviews WHERE id = ?').run(review.id)).toThrow(
      /sealed risk review/,
    );
    expect(dumpTables(core)).toEqual(before);

    const trail = JSON.stringify(db.prepare("SELECT * FROM audit_log WHERE action = 'risk.recorded'").all());
    expect(trail).toContain(review.id);
    expect(trail).not.toMatch(/sister|Maya/);
  });

  it('is shown truthfully in the summary: after PHQ-9 on the day it was completed', async () => {
    const { core, clientId, measure } = await flagged();
    core.advanceHours(24);
    await core.call('risk:record', afterMeasure(clientId, measure.id, '2026-03-10'));
    const services = createRecordServices(() => core.session.db(), { now: () => new Date(core.clock.now) });
    const risk = selectSummary(services.summary.preview(clientId), summaryOptions.parse({ clientId })).risk;
    expect(risk).toMatchObject({
      kind: 'review',
      reviewedOn: '2026-03-10',
      judgement: 'moderate',
      source: `After PHQ-9 on ${formatDate('2026-03-09')}`,
    });
  });

  it('refuses a measure of another client, one unknown, or a date before the measure, and changes nothing', async () => {
    const { core, clientId, measure } = await flagged();
    const { id: otherId } = await core.call('clients:createEnquiry', { chosenName: 'Jonah Reyes' });
    const before = dumpTables(core);
    const early = await core.router.call('risk:record', afterMeasure(clientId, measure.id, '2026-03-08'));
    expect(early).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: /before it/ } });
    const other = await core.router.call('risk:record', afterMeasure(otherId, measure.id, '2026-03-09'));
    expect(other).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const unknown = await core.router.call(
      'risk:record',
      afterMeasure(clientId, '7c1d2a8e-53b4-4d71-9a0e-0f6f3c2b9d11', '2026-03-09'),
    );
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(dumpTables(core)).toEqual(before);
    // The database holds the same line without the service.
    const db = core.session.db();
    expect(() =>
      db
        .prepare(
          `INSERT INTO risk_reviews (id, client_id, source, measure_id, reviewed_on, suicidal_thoughts, intent,
             plan, means, past_attempts, self_harm, harm_to_others, harm_from_others, judgement, reasons,
             recorded_at, updated_at)
           VALUES ('r1', ?, 'measure', ?, '2026-03-09', 'none', 'no', 'no', 'no', 'no', 'no', 'no', 'no',
             'low', 'x', '2026-03-09T10:00:00Z', '2026-03-09T10:00:00Z')`,
        )
        .run(otherId, measure.id),
    ).toThrow(/same client/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO risk_reviews (id, client_id, source, reviewed_on, suicidal_thoughts, intent, plan, means,
             past_attempts, self_harm, harm_to_others, harm_from_others, judgement, reasons, recorded_at,
             updated_at)
           VALUES ('r2', ?, 'measure', '2026-03-09', 'none', 'no', 'no', 'no', 'no', 'no', 'no', 'no', 'low',
             'x', '2026-03-09T10:00:00Z', '2026-03-09T10:00:00Z')`,
        )
        .run(clientId),
    ).toThrow(/CHECK constraint/);
  });

  it('travels through the open export and back with its measure, and the integrity check is clean', async () => {
    const { core, clientId, measure } = await flagged();
    await core.call('risk:record', afterMeasure(clientId, measure.id, '2026-03-09'));
    const history = await core.call('risk:history', { clientId });
    const exported = await core.call('export:vault', { outDir: tempDir(), includePsychotherapyNotes: false });
    expect(exported.tables).toMatchObject({ measures: 1, risk_reviews: 1 });
    core.session.lock('quit');

    const dir = join(tempDir(), 'imported');
    await importVault(dir, STRONG_2, join(exported.folder, 'rapport-export.json'), { kdf: TEST_KDF });
    const imported = createAppCore({ vaultDir: dir, kdf: TEST_KDF, now: () => core.clock.now });
    await imported.session.unlock(STRONG_2);
    expect(await imported.router.call('risk:history', { clientId })).toEqual({ ok: true, value: history });
    expect(await imported.router.call('measures:riskFlags', {})).toEqual({ ok: true, value: [] });
    const integrity = await imported.router.call('integrity:check', {});
    expect(integrity).toMatchObject({ ok: true, value: { ok: true, findings: [] } });
    imported.session.lock('quit');
  });
});
