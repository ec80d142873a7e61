import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupsToKeep, type DatedBackup } from '../../electron/core/vault/backups/retention';
import { clockedCore } from './support/clocked-core';

/** Local noon on a calendar day, so the tests mean the same days in every time zone. */
function noon(day: string, hour = 12): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, m! - 1, d!, hour);
}

function daily(from: string, to: string): DatedBackup[] {
  const out: DatedBackup[] = [];
  for (
    let at = noon(from);
    at <= noon(to);
    at = new Date(at.getFullYear(), at.getMonth(), at.getDate() + 1, 12)
  ) {
    out.push({ name: at.toDateString(), createdAt: at });
  }
  return out;
}

function kept(backups: DatedBackup[], policy?: Parameters<typeof backupsToKeep>[1]): string[] {
  const keep = backupsToKeep(backups, policy);
  return backups
    .filter((b) => keep.has(b.name))
    .map((b) => b.createdAt)
    .sort((a, b) => b.getTime() - a.getTime())
    .map(
      (d) =>
        `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`,
    );
}

describe('backup retention: 7 daily, 4 weekly, 12 monthly', () => {
  it('keeps the newest of each of the last 7 days, 4 ISO weeks and 12 months', () => {
    // 2026-03-04 is a Wednesday; ISO weeks run Monday to Sunday.
    expect(kept(daily('2025-01-01', '2026-03-04'))).toEqual([
      '2026-03-04',
      '2026-03-03',
      '2026-03-02',
      '2026-03-01',
      '2026-02-28',
      '2026-02-27',
      '2026-02-26',
      '2026-02-22',
      '2026-02-15',
      '2026-01-31',
      '2025-12-31',
      '2025-11-30',
      '2025-10-31',
      '2025-09-30',
      '2025-08-31',
      '2025-07-31',
      '2025-06-30',
      '2025-05-31',
      '2025-04-30',
    ]);
  });

  it('keeps one backup per day however many were made (the newest), and always the newest of all', () => {
    const backups = ['2026-03-02', '2026-03-03', '2026-03-04'].flatMap((day) =>
      [9, 13, 18].map((hour) => ({ name: `${day} ${hour}`, createdAt: noon(day, hour) })),
    );
    expect([...backupsToKeep(backups)].sort()).toEqual(['2026-03-02 18', '2026-03-03 18', '2026-03-04 18']);
    expect([...backupsToKeep(backups.slice(0, 1), { daily: 0, weekly: 0, monthly: 0 })]).toEqual([
      '2026-03-02 9',
    ]);
  });

  it('counts a week across New Year as one ISO week', () => {
    const backups = ['2025-12-28', '2025-12-29', '2026-01-01'].map((day) => ({
      name: day,
      createdAt: noon(day),
    }));
    expect([...backupsToKeep(backups, { daily: 0, weekly: 2, monthly: 0 })].sort()).toEqual([
      '2025-12-28',
      '2026-01-01',
    ]);
  });

  it('thins real backups on disk, in the vault folder and the second folder alike', async () => {
    const core = await clockedCore(noon('2026-01-01', 9).getTime());
    const drive = join(core.dir, '..', 'drive');
    mkdirSync(drive);
    await core.call('backup:setSecondFolder', { path: drive });
    const made: DatedBackup[] = [];
    for (let day = 0; day < 45; day++) {
      const summary = await core.call('backup:run', {});
      made.push({ name: summary.id.split(':')[1]!, createdAt: new Date(summary.createdAt) });
      core.advanceHours(24);
    }
    const expected = [...backupsToKeep(made)].sort();
    expect(readdirSync(join(core.dir, 'backups')).sort()).toEqual(expected);
    const [vaultId] = readdirSync(join(drive, 'Rapport backups'));
    expect(readdirSync(join(drive, 'Rapport backups', vaultId!)).sort()).toEqual(expected);
    expect(expected.length).toBeLessThanOrEqual(7 + 4 + 12);
    expect(expected).toContain(made.at(-1)!.name);
    core.session.lock('quit');
  });
});
