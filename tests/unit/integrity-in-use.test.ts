import { describe, expect, it } from 'vitest';
import type { IntegrityReport } from '../../shared/integrity/integrity-contract';
import { openCore } from './support/open-core';
import { dailyNoteSigner, signingMeanwhile } from './support/signing-meanwhile';

const CHECKS = 25;

describe('the integrity check of a vault in use', () => {
  it('reads one moment: notes signed while it runs are never taken for changes made outside Rapport', async () => {
    const core = await openCore();
    const { id: clientId } = await core.call('clients:createEnquiry', { chosenName: 'Yusuf' });
    const signNote = dailyNoteSigner(core.call, clientId);
    // Enough signed notes that reading the trail, then the notes, takes a moment.
    for (let i = 0; i < 80; i++) await signNote();

    const { result: reports, signed: signedMeanwhile } = await signingMeanwhile(signNote, async () => {
      const reports: IntegrityReport[] = [];
      for (let i = 0; i < CHECKS; i++) reports.push(await core.call('integrity:check', {}));
      return reports;
    });
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
