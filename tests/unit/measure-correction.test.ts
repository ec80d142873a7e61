import { describe, expect, it } from 'vitest';
import { selectSummary } from '../../shared/summary/select-summary';
import { summaryOptions } from '../../shared/summary/summary-contract';
import { createRecordServices } from '../../electron/core/router/services';
import { clockedCore } from './support/clocked-core';
import { dumpTables } from './support/open-core';

const DAY = 24;
const SEVERE = [3, 3, 3, 3, 3, 2, 2, 2, 0];
const MILD = [1, 1, 1, 1, 1, 1, 1, 1, 0];

async function scheduledClient() {
  const core = await clockedCore(Date.parse('2026-03-02T09:00:00Z'));
  await core.call('practice:update', { clinicianName: 'Dr Ana Ríos', credentials: 'PsyD' });
  const { id: clientId } = await core.call('clients:createEnquiry', { chosenName: 'Maya Okafor' });
  await core.call('measures:schedule', {
    clientId,
    instrumentId: 'phq9',
    cadence: 'every-2-weeks',
    startOn: '2026-03-02',
    active: true,
  });
  return { core, clientId };
}

describe('correcting a measure', () => {
  it('supersedes the entry with a reason: it stays in the record, out of the trend, the summary and what is due', async () => {
    const { core, clientId } = await scheduledClient();
    core.advanceHours(DAY * 14);
    // Entered against the wrong day: it makes the measure look answered this fortnight.
    const wrong = await core.call('measures:record', {
      clientId,
      instrumentId: 'phq9',
      answers: SEVERE,
      completedOn: '2026-03-16',
      completedBy: 'clinician',
    });
    expect((await core.call('measures:forClient', { clientId })).due).toEqual([]);

    core.advanceHours(2);
    const corrected = await core.call('measures:record', {
      clientId,
      instrumentId: 'phq9',
      answers: MILD,
      completedOn: '2026-03-02',
      completedBy: 'clinician',
      correction: {
        supersedesId: wrong.id,
        reason: 'Entered on the wrong day, with another client’s answers.',
      },
    });
    expect(corrected).toMatchObject({ total: 8, supersedesId: wrong.id, recordedBy: 'Dr Ana Ríos, PsyD' });

    const { entries, due } = await core.call('measures:forClient', { clientId });
    expect(entries.map((e) => [e.completedOn, e.total, e.supersededBy])).toEqual([
      ['2026-03-02', 8, null],
      ['2026-03-16', 21, corrected.id],
    ]);
    // The corrected entry no longer counts as this fortnight's: the measure is due again.
    expect(due).toEqual([{ clientId, chosenName: 'Maya Okafor', instrumentId: 'phq9', dueOn: '2026-03-16' }]);

    const services = createRecordServices(() => core.session.db(), { now: () => new Date(core.clock.now) });
    const summary = selectSummary(
      services.summary.preview(clientId),
      summaryOptions.parse({ clientId, sections: ['measures'] }),
    );
    expect(JSON.stringify(summary.measures)).not.toContain('"total":21');
  });

  it('of the client’s own answers is the clinician’s, with a reason; the original stays the client’s', async () => {
    const { core, clientId } = await scheduledClient();
    const theirs = await core.call('measures:record', {
      clientId,
      instrumentId: 'phq9',
      answers: SEVERE,
      completedOn: '2026-03-02',
      completedBy: 'client',
    });
    const before = dumpTables(core);
    const asClient = await core.router.call('measures:record', {
      clientId,
      instrumentId: 'phq9',
      answers: MILD,
      completedOn: '2026-03-02',
      completedBy: 'client',
      correction: { supersedesId: theirs.id, reason: 'The client asked to change item 3.' },
    });
    expect(asClient).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: /clinician/ } });
    const noReason = await core.router.call('measures:record', {
      clientId,
      instrumentId: 'phq9',
      answers: MILD,
      completedOn: '2026-03-02',
      completedBy: 'clinician',
      correction: { supersedesId: theirs.id, reason: '   ' },
    });
    expect(noReason).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(dumpTables(core)).toEqual(before);

    const corrected = await core.call('measures:record', {
      clientId,
      instrumentId: 'phq9',
      answers: MILD,
      completedOn: '2026-03-02',
      completedBy: 'clinician',
      correction: { supersedesId: theirs.id, reason: 'The client asked to change item 3.' },
    });
    const { entries } = await core.call('measures:forClient', { clientId });
    expect(entries).toEqual([
      expect.objectContaining({
        id: theirs.id,
        completedBy: 'client',
        answers: SEVERE,
        supersededBy: corrected.id,
      }),
      expect.objectContaining({
        id: corrected.id,
        completedBy: 'clinician',
        correctionReason: 'The client asked to change item 3.',
      }),
    ]);
  });
});
