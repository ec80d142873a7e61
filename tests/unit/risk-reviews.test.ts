import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listAudit } from '../../electron/core/db/audit';
import { emptyIntake } from '../../shared/clients/intake-schema';
import type { ChannelInput } from '../../shared/contract';
import { importVault } from '../../electron/core/vault/open-export/import-vault';
import { createAppCore } from '../../electron/core/router/app-core';
import { clockedCore } from './support/clocked-core';
import { APP_DEMO, seedDemo } from '../../electron/tools/demo/seed-demo';
import { dumpTables, openCore } from './support/open-core';
import { STRONG_2, TEST_KDF, tempDir } from './support/temp-vault';

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
  protectiveFactors: 'Her daughter; her work',
  judgement: 'low',
  reasons: 'No thoughts of suicide; settled at home.',
};

const HIGH: Review = {
  ...LOW,
  reviewedOn: '2026-03-16',
  suicidalThoughts: 'active',
  intent: 'no',
  plan: 'yes',
  means: 'yes',
  judgement: 'high',
  reasons: 'Active thoughts since the redundancy, a plan, and the means at home.',
  actions: 'Safety plan written together; GP contacted with consent.',
};

async function clientWithIntake() {
  const core = await clockedCore(Date.parse('2026-03-02T09:00:00Z'));
  await core.call('practice:update', { clinicianName: 'Dr Ana Ríos', credentials: 'PsyD' });
  const { id: clientId } = await core.call('clients:createEnquiry', { chosenName: 'Maya Okafor' });
  const intake = emptyIntake('Maya Okafor');
  Object.assign(intake.risk, { suicidalThoughts: 'past', selfHarm: 'none', harmToOthers: 'none' });
  await core.call('intake:save', { clientId, baseRevision: 0, markComplete: true, data: intake });
  return { core, clientId };
}

async function draftNote(core: Awaited<ReturnType<typeof clockedCore>>, clientId: string, date: string) {
  const note = await core.call('notes:create', { clientId, sessionDate: date, format: 'DAP' });
  await core.call('notes:save', {
    id: note.id,
    baseUpdatedAt: note.updatedAt,
    content: { sessionDate: date, modality: 'video', format: 'DAP', body: { data: 'Talked about work.' } },
  });
  return note.id;
}

describe('risk reviews over time', () => {
  it('supersede the intake answers and each other, never overwriting them', async () => {
    const { core, clientId } = await clientWithIntake();
    const before = await core.call('risk:history', { clientId });
    expect(before.reviews).toEqual([]);
    expect(before.intake).toMatchObject({ suicidalThoughts: 'past', selfHarm: 'none' });
    expect(before.intake!.answeredAt).not.toBeNull();

    const first = await core.call('risk:record', { clientId, source: { kind: 'intake' }, ...LOW });
    expect(first).toMatchObject({
      source: 'intake',
      noteId: null,
      sealed: true,
      recordedBy: 'Dr Ana Ríos, PsyD',
    });
    core.advanceHours(24 * 14);
    const noteId = await draftNote(core, clientId, '2026-03-16');
    const raised = await core.call('risk:record', { clientId, source: { kind: 'note', noteId }, ...HIGH });
    expect(raised).toMatchObject({ noteId, noteSessionDate: '2026-03-16', sealed: false });

    const history = await core.call('risk:history', { clientId });
    expect(history.reviews.map((r) => [r.reviewedOn, r.judgement])).toEqual([
      ['2026-03-16', 'high'],
      ['2026-03-02', 'low'],
    ]);
    // The intake's own answers stay as they were, beside the reviews that superseded them.
    expect(history.intake).toEqual(before.intake);
  });

  it('reads the history without recording another view of the client: the page records its one view', async () => {
    const { core, clientId } = await clientWithIntake();
    const views = () => listAudit(core.session.db(), { actionPrefix: 'client.viewed', limit: 100 }).length;
    const before = views();
    const history = await core.call('risk:history', { clientId });
    expect(history.intake).toMatchObject({ suicidalThoughts: 'past' });
    expect(views()).toBe(before);
    await core.call('clients:get', { id: clientId });
    expect(views()).toBe(before + 1);
  });

  it('keeps a review at intake as recorded: changing it is refused, a correction is a new review', async () => {
    const { core, clientId } = await clientWithIntake();
    const first = await core.call('risk:record', { clientId, source: { kind: 'intake' }, ...LOW });
    const refused = await core.router.call('risk:update', { id: first.id, ...LOW, judgement: 'moderate' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((refused as { error: { message: string } }).error.message).toMatch(/Record a new review/);
    // The database itself refuses, whatever the service would do.
    const db = core.session.db();
    expect(() => db.prepare("UPDATE risk_reviews SET judgement = 'high' WHERE id = ?").run(first.id)).toThrow(
      /sealed risk review/,
    );
    expect(() => db.prepare('DELETE FROM risk_reviews WHERE id = ?').run(first.id)).toThrow(
      /sealed risk review/,
    );
    expect((await core.call('risk:history', { clientId })).reviews).toEqual([first]);
  });

  it('lets a review in a draft note change, and seals it when the note is signed', async () => {
    const { core, clientId } = await clientWithIntake();
    const noteId = await draftNote(core, clientId, '2026-03-16');
    const review = await core.call('risk:record', { clientId, source: { kind: 'note', noteId }, ...HIGH });
    const edited = await core.call('risk:update', { id: review.id, ...HIGH, judgement: 'moderate' });
    expect(edited).toMatchObject({ id: review.id, judgement: 'moderate', sealed: false });

    await core.call('notes:sign', { id: noteId });
    const [sealed] = await core.call('risk:forNote', { noteId });
    expect(sealed).toMatchObject({ id: review.id, judgement: 'moderate', sealed: true });
    const refused = await core.router.call('risk:update', { id: review.id, ...HIGH });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(() => core.session.db().prepare('DELETE FROM risk_reviews WHERE id = ?').run(review.id)).toThrow(
      /sealed risk review/,
    );

    // A correction to a signed note's review is a new review, in that note like an addendum, sealed at once.
    const correction = await core.call('risk:record', {
      clientId,
      source: { kind: 'note', noteId },
      ...HIGH,
      reasons: 'Correction: the plan was described, the means are not at home.',
      means: 'no',
    });
    expect(correction.sealed).toBe(true);
    expect((await core.call('risk:forNote', { noteId })).map((r) => r.id)).toEqual([
      review.id,
      correction.id,
    ]);
  });

  it('refuses bad input with a clear message and changes nothing', async () => {
    const { core, clientId } = await clientWithIntake();
    const before = dumpTables(core);
    const cases: [unknown, RegExp][] = [
      [{ clientId, source: { kind: 'intake' }, ...LOW, reasons: '   ' }, /Say why you judge the risk/],
      [{ clientId, source: { kind: 'intake' }, ...LOW, judgement: 'severe' }, /low, moderate or high/],
      [{ clientId, source: { kind: 'intake' }, ...LOW, plan: 'yes' }, /choose passive or active/],
      [{ clientId, source: { kind: 'intake' }, ...LOW, reviewedOn: '2026-02-30' }, /date does not exist/],
      [{ clientId, source: { kind: 'note' }, ...LOW }, /noteId/],
    ];
    for (const [payload, message] of cases) {
      const result = await core.router.invoke('risk:record', payload);
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      expect((result as { error: { message: string } }).error.message).toMatch(message);
    }
    // Another client's note, and a note that does not exist, are refused as well.
    const { id: other } = await core.call('clients:createEnquiry', { chosenName: 'Sam' });
    const othersNote = await draftNote(core, other, '2026-03-03');
    const wrongNote = await core.router.call('risk:record', {
      clientId,
      source: { kind: 'note', noteId: othersNote },
      ...LOW,
    });
    expect(wrongNote).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const after = dumpTables(core);
    // Sam and his note were added on purpose; nothing else moved, and no review was written.
    expect(after.risk_reviews).toEqual([]);
    const own = (rows: unknown[]) =>
      rows.filter((row) => (row as { client_id: string }).client_id === clientId);
    expect(own(after.intakes!)).toEqual(own(before.intakes!));
    expect(after.settings).toEqual(before.settings);
    const badIntervals = await core.router.invoke('risk:setIntervals', { highDays: 0, moderateDays: 30 });
    expect(badIntervals).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect((badIntervals as { error: { message: string } }).error.message).toMatch(/at least every day/);
    expect(await core.call('risk:intervals', {})).toEqual({ highDays: 14, moderateDays: 30 });
  });

  it('audits by id only: no clinical words reach the audit trail', async () => {
    const { core, clientId } = await clientWithIntake();
    const review = await core.call('risk:record', { clientId, source: { kind: 'intake' }, ...HIGH });
    const entries = core.session
      .db()
      .prepare(
        "SELECT action, entity, entity_id AS entityId, detail FROM audit_log WHERE action LIKE 'risk.%'",
      )
      .all();
    expect(entries).toEqual([
      { action: 'risk.recorded', entity: 'risk_review', entityId: review.id, detail: 'intake' },
    ]);
    const trail = JSON.stringify(core.session.db().prepare('SELECT * FROM audit_log').all());
    expect(trail).not.toContain('redundancy');
    expect(trail).not.toContain('Safety plan');
  });
  it('are watched by the integrity check: a seal taken off by hand is named', async () => {
    const { core, clientId } = await clientWithIntake();
    await core.call('risk:record', { clientId, source: { kind: 'intake' }, ...LOW });
    expect(await core.call('integrity:check', {})).toMatchObject({ ok: true, findings: [] });
    core.session.db().exec('DROP TRIGGER risk_reviews_sealed_frozen');
    const report = await core.call('integrity:check', {});
    expect(report.ok).toBe(false);
    expect(JSON.stringify(report.findings)).toMatch(/risk_reviews_sealed_frozen/);
  });
});

describe('the Home list of risk reviews due', () => {
  it('lists moderate and high judgements older than the chosen interval, and not a newer low one', async () => {
    const { core, clientId } = await clientWithIntake();
    const { id: sam } = await core.call('clients:createEnquiry', { chosenName: 'Sam Reyes' });
    const { id: lee } = await core.call('clients:createEnquiry', { chosenName: 'Lee Park' });
    await core.call('risk:record', {
      clientId,
      source: { kind: 'intake' },
      ...HIGH,
      reviewedOn: '2026-03-02',
    });
    await core.call('risk:record', {
      clientId: sam,
      source: { kind: 'intake' },
      ...HIGH,
      judgement: 'moderate',
      reviewedOn: '2026-03-02',
    });
    await core.call('risk:record', {
      clientId: lee,
      source: { kind: 'intake' },
      ...HIGH,
      reviewedOn: '2026-03-02',
    });
    // Lee's risk came down: the latest judgement is low, so nothing is due.
    await core.call('risk:record', {
      clientId: lee,
      source: { kind: 'intake' },
      ...LOW,
      reviewedOn: '2026-03-10',
    });

    core.clock.now = Date.parse('2026-03-15T12:00:00Z');
    core.session.touch();
    expect(await core.call('risk:due', {})).toEqual([]);

    core.clock.now = Date.parse('2026-03-16T12:00:00Z');
    core.session.touch();
    expect(await core.call('risk:due', {})).toEqual([
      {
        clientId,
        chosenName: 'Maya Okafor',
        judgement: 'high',
        reviewedOn: '2026-03-02',
        dueOn: '2026-03-16',
      },
    ]);

    await core.call('risk:setIntervals', { highDays: 21, moderateDays: 10 });
    expect(await core.call('risk:due', {})).toEqual([
      {
        clientId: sam,
        chosenName: 'Sam Reyes',
        judgement: 'moderate',
        reviewedOn: '2026-03-02',
        dueOn: '2026-03-12',
      },
    ]);

    await core.call('clients:changeStatus', {
      id: sam,
      status: 'discharged',
      date: '2026-03-16',
      reason: 'Ended',
    });
    expect(await core.call('risk:due', {})).toEqual([]);
  });
});

describe('risk reviews in the open export', () => {
  it('travel to a new vault and back with their seals', async () => {
    const { core, clientId } = await clientWithIntake();
    const noteId = await draftNote(core, clientId, '2026-03-16');
    await core.call('risk:record', { clientId, source: { kind: 'intake' }, ...LOW });
    await core.call('risk:record', { clientId, source: { kind: 'note', noteId }, ...HIGH });
    await core.call('notes:sign', { id: noteId });
    const draft = await draftNote(core, clientId, '2026-03-23');
    await core.call('risk:record', {
      clientId,
      source: { kind: 'note', noteId: draft },
      ...HIGH,
      reviewedOn: '2026-03-23',
    });
    const history = await core.call('risk:history', { clientId });
    const exported = await core.call('export:vault', { outDir: tempDir(), includePsychotherapyNotes: false });
    expect(exported.tables).toMatchObject({ risk_reviews: 3 });
    core.session.lock('quit');

    const dir = join(tempDir(), 'imported');
    await importVault(dir, STRONG_2, join(exported.folder, 'rapport-export.json'), { kdf: TEST_KDF });
    const imported = createAppCore({ vaultDir: dir, kdf: TEST_KDF });
    await imported.session.unlock(STRONG_2);
    const again = await imported.router.call('risk:history', { clientId });
    expect(again).toEqual({ ok: true, value: history });
    // The seals came back with the triggers: the signed note's review still cannot change.
    const sealedId = history.reviews.find((r) => r.noteId === noteId)!.id;
    expect(() =>
      imported.session.db().prepare("UPDATE risk_reviews SET judgement = 'low' WHERE id = ?").run(sealedId),
    ).toThrow(/sealed risk review/);
    const integrity = await imported.router.call('integrity:check', {});
    expect(integrity).toMatchObject({ ok: true, value: { ok: true, findings: [] } });
    imported.session.lock('quit');
  });
});

describe('risk reviews in the demo', () => {
  it('follow each client’s story: reviewed at intake, and for some the risk rises to high and comes down', async () => {
    const core = await openCore();
    // The demo the app offers: the clinician trying Rapport sees a risk that rises and falls.
    seedDemo(core.session.db(), { ...APP_DEMO, until: '2026-03-01' });
    const clients = await core.call('clients:list', {});
    let roseAndFell = 0;
    for (const client of clients) {
      const { reviews, intake } = await core.call('risk:history', { clientId: client.id });
      if (reviews.length === 0) continue;
      const oldest = reviews.at(-1)!;
      expect(oldest.source).toBe('intake');
      // The intake's own answers and the first review tell the same story.
      if (intake?.suicidalThoughts === 'current') expect(oldest.judgement).toBe('moderate');
      if (intake?.suicidalThoughts === 'none') expect(oldest.suicidalThoughts).toBe('none');
      const judgements = [...reviews].reverse().map((r) => r.judgement);
      const high = judgements.indexOf('high');
      if (high > 0 && judgements.slice(high).includes('low')) {
        roseAndFell++;
        // The note of the session where it rose says so in its own words.
        const risen = [...reviews].reverse()[high]!;
        const note = await core.call('notes:get', { id: risen.noteId! });
        expect(JSON.stringify(note.body)).toMatch(/active|safety plan|risk/i);
      }
      for (const review of reviews.filter((r) => r.noteId)) {
        const note = await core.call('notes:get', { id: review.noteId! });
        expect(review.sealed).toBe(note.signedAt !== null);
        expect(review.reviewedOn).toBe(note.sessionDate);
      }
    }
    expect(roseAndFell).toBeGreaterThan(0);
  }, 600_000);
});
