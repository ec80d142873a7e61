import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import type { IntegrityReport } from '../../shared/integrity/integrity-contract';
import { openCore } from './support/open-core';

const CHECKS = 25;

describe('the integrity check of a vault in use', () => {
  it('reads one moment: notes signed while it runs are never taken for changes made outside Rapport', async () => {
    const core = await openCore();
    const { id: clientId } = await core.call('clients:createEnquiry', { chosenName: 'Yusuf' });
    let day = 0;
    const signNote = async () => {
      day += 1;
      const sessionDate = new Date(Date.UTC(2020, 0, day)).toISOString().slice(0, 10);
      const times = { sessionDate, startTime: '10:00', endTime: '10:50', modality: 'video' } as const;
      const note = await core.call('notes:create', { clientId, ...times, format: 'DAP' });
      await core.call('notes:save', {
        id: note.id,
        baseUpdatedAt: note.updatedAt,
        content: {
          ...times,
          format: 'DAP',
          body: { data: `Session ${day}`, assessment: 'Steady.', plan: 'Same.' },
        },
      });
      await core.call('notes:sign', { id: note.id });
    };
    // Enough signed notes that reading the trail, then the notes, takes a moment.
    for (let i = 0; i < 80; i++) await signNote();

    let signing = true;
    let signedMeanwhile = 0;
    const signer = (async () => {
      while (signing) {
        await signNote();
        signedMeanwhile += 1;
        // Lets the worker's answers in: the checks run beside the signing, not between.
        await nextTurn();
      }
    })();
    const reports: IntegrityReport[] = [];
    try {
      for (let i = 0; i < CHECKS; i++) reports.push(await core.call('integrity:check', {}));
    } finally {
      signing = false;
      await signer;
    }
    expect(signedMeanwhile, 'notes were signed while the checks ran').toBeGreaterThan(CHECKS);
    expect(reports.flatMap((report) => report.findings)).toEqual([]);
    expect(reports.every((report) => report.ok)).toBe(true);
    expect(core.session.readOnly).toBe(false);
    // At rest, the check sees every note signed.
    const atRest = await core.call('integrity:check', {});
    expect(atRest.checks.find((check) => check.name === 'signatures')?.detail).toMatch(
      new RegExp(`^${80 + signedMeanwhile} signed notes`),
    );
    core.session.lock('quit');
  });
});
