import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  appendAudit,
  iterateAudit,
  listAudit,
  type AuditFilter,
  type AuditRow,
} from '../../electron/core/db/audit';
import { openCore } from './support/open-core';

const ACTIONS = [
  'note.viewed',
  'note.signed',
  'notes.verified',
  'client.viewed',
  'vault.unlocked',
  'a*b.made',
  'a[b].made',
  'q?.x',
];
const PREFIXES = [
  'note.',
  'note.v',
  'note',
  'n',
  'client.viewed',
  'vault.unlocked.x',
  'a*',
  'a[b]',
  'a[',
  'q?',
  'zz',
];
const ENTITIES = ['note', 'client', 'vault'];
const IDS = ['r1', 'r2', 'r3'];
/** Times out of order on purpose: a clock set back must not change what a filter finds. */
const TIMES = [
  '2025-01-03T09:00:00.000Z',
  '2025-01-01T10:00:00.000Z',
  '2025-01-02T23:59:59.999Z',
  '2025-01-05T00:00:00.000Z',
];

/** What the filters mean, written plainly over every entry: the list must match it exactly. */
function expected(all: readonly AuditRow[], f: AuditFilter): AuditRow[] {
  return all
    .filter(
      (row) =>
        (f.actionPrefix === undefined || row.action.startsWith(f.actionPrefix)) &&
        (f.entity === undefined || row.entity === f.entity) &&
        (f.entityId === undefined || row.entityId === f.entityId) &&
        (f.from === undefined || row.at >= f.from) &&
        (f.to === undefined || row.at <= f.to) &&
        (f.beforeId === undefined || row.id < f.beforeId),
    )
    .sort((a, b) => b.id - a.id)
    .slice(0, f.limit);
}

const anyFilter = fc.record(
  {
    actionPrefix: fc.constantFrom(...PREFIXES),
    entity: fc.constantFrom(...ENTITIES),
    entityId: fc.constantFrom(...IDS),
    from: fc.constantFrom(...TIMES, '2025-01-02'),
    to: fc.constantFrom(...TIMES, '2025-01-03'),
    beforeId: fc.integer({ min: 1, max: 320 }),
    limit: fc.integer({ min: 1, max: 60 }),
  },
  { requiredKeys: ['limit'] },
);

describe('listing the audit trail', () => {
  it('finds exactly the entries every combination of filters and paging asks for, newest first', async () => {
    const core = await openCore();
    const db = core.session.db();
    const trail = fc.record({
      action: fc.constantFrom(...ACTIONS),
      entity: fc.option(fc.constantFrom(...ENTITIES), { nil: undefined }),
      entityId: fc.option(fc.constantFrom(...IDS), { nil: undefined }),
      at: fc.constantFrom(...TIMES),
    });
    for (const { at, ...entry } of fc.sample(trail, { numRuns: 300, seed: 11 })) {
      appendAudit(db, entry, new Date(at));
    }
    const all = [...iterateAudit(db)];
    expect(all.length).toBeGreaterThan(300);
    fc.assert(
      fc.property(anyFilter, (filter) => {
        expect(listAudit(db, filter)).toEqual(expected(all, filter));
      }),
      { numRuns: 600 },
    );
    core.session.lock('quit');
  });
});
