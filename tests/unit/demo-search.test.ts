import { describe, expect, it } from 'vitest';
import type { Db } from '../../electron/core/db/connection';
import { searchNotes } from '../../electron/core/db/notes-search';
import { APP_DEMO, seedDemo } from '../../electron/tools/demo/seed-demo';
import { toMatchQuery } from '../../electron/core/features/notes/search-text';
import { openCore } from './support/open-core';

/** Ranking every match in one statement: slow for common words, but plainly the intended order. */
function rankedAtOnce(db: Db, match: string, limit: number) {
  return db
    .prepare(
      `SELECT f.note_id AS noteId, f.client_id AS clientId, c.chosen_name AS chosenName,
         n.session_date AS sessionDate, n.format,
         snippet(notes_fts, 2, char(1), char(2), '…', 16) AS snippet
       FROM notes_fts f JOIN notes n ON n.id = f.note_id JOIN clients c ON c.id = f.client_id
       WHERE notes_fts MATCH ? ORDER BY bm25(notes_fts), n.session_date DESC LIMIT ?`,
    )
    .all(match, limit);
}

describe('search over a demo practice', () => {
  it('ranks in two steps exactly as ranking every match at once would', async () => {
    const core = await openCore();
    const db = core.session.db();
    seedDemo(db, { ...APP_DEMO, until: '2025-06-30' });
    const words = ['sleep', 'the', 'session', 'family work', 'zith', '家族', 'семье', 'nothing-like-this'];
    for (const word of words) {
      const match = toMatchQuery(word)!;
      for (const limit of [1, 7, 50, 200]) {
        expect(searchNotes(db, match, limit), `${word} ${limit}`).toEqual(rankedAtOnce(db, match, limit));
      }
    }
    // The limit really cuts: more notes than that match.
    expect(searchNotes(db, toMatchQuery('the')!, 50)).toHaveLength(50);
  });
});
