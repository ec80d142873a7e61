import { describe, expect, it } from 'vitest';
import { dumpTables, openCore } from './support/open-core';
import { limitPages, NO_PAGE_LIMIT, pagesInUse } from './support/page-limit';

/** Distinct words, so the search index grows with the note as well. */
function longText(seed: string): string {
  return Array.from({ length: 1800 }, (_, i) => `${seed}${i.toString(36)}`).join(' ');
}

describe('a full disk during a save', () => {
  it('answers IO in plain words, writes nothing, and saves again once there is room', async () => {
    const core = await openCore();
    const { id: clientId } = await core.call('clients:createEnquiry', { chosenName: 'Full Disk' });
    const note = await core.call('notes:create', { clientId, sessionDate: '2026-03-02', format: 'DAP' });
    const db = core.session.db();
    // SQLite's page limit stands in for a full disk: the database may not grow by a single page.
    limitPages(db, pagesInUse(db));
    const content = {
      sessionDate: '2026-03-02',
      modality: 'video' as const,
      format: 'DAP' as const,
      body: { data: longText('data'), assessment: longText('assess'), plan: longText('plan') },
    };
    const before = dumpTables(core);

    const refused = await core.router.call('notes:save', {
      id: note.id,
      baseUpdatedAt: note.updatedAt,
      content,
    });
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'IO',
        message: 'The disk is full, so nothing was saved. Free some space and try again.',
      },
    });
    // The transaction rolled back whole: not the note, not its search entry, not half of either.
    expect(dumpTables(core)).toEqual(before);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');

    limitPages(db, NO_PAGE_LIMIT);
    const saved = await core.call('notes:save', { id: note.id, baseUpdatedAt: note.updatedAt, content });
    const stored = await core.call('notes:get', { id: note.id });
    expect(stored.updatedAt).toBe(saved.updatedAt);
    expect(stored.body).toEqual(content.body);
    expect(await core.call('notes:search', { query: 'assess1z', limit: 5 })).toHaveLength(1);
  });
});
