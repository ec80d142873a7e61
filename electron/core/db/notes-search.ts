import type { Db } from './connection';

/**
 * Replaces the note's search text (progress note and signed addenda; never the process note).
 * The index cannot look up note_id itself (that scans every note), so the note's row is found
 * through note_search_rows, and checked to be this note's: an import numbers the index's rows
 * afresh, and then the whole map is rebuilt from the index, once, before trying again.
 */
export function indexNote(db: Db, noteId: string, clientId: string, text: string): void {
  if (replaceText(db, noteId, text)) return;
  if (db.prepare('SELECT 1 FROM note_search_rows WHERE note_id = ?').get(noteId)) {
    db.prepare('DELETE FROM note_search_rows').run();
    db.prepare(
      'INSERT INTO note_search_rows (fts_rowid, note_id) SELECT rowid, note_id FROM notes_fts',
    ).run();
    if (replaceText(db, noteId, text)) return;
  }
  const { lastInsertRowid } = db
    .prepare('INSERT INTO notes_fts (note_id, client_id, text) VALUES (?, ?, ?)')
    .run(noteId, clientId, text);
  db.prepare('INSERT INTO note_search_rows (fts_rowid, note_id) VALUES (?, ?)').run(lastInsertRowid, noteId);
}

function replaceText(db: Db, noteId: string, text: string): boolean {
  const row = db.prepare('SELECT fts_rowid FROM note_search_rows WHERE note_id = ?').pluck().get(noteId);
  if (row === undefined) return false;
  return (
    db.prepare('UPDATE notes_fts SET text = ? WHERE rowid = ? AND note_id = ?').run(text, row, noteId)
      .changes === 1
  );
}

export interface SearchRow {
  noteId: string;
  clientId: string;
  chosenName: string;
  sessionDate: string;
  format: string;
  snippet: string;
}

interface RankedHit {
  id: number;
  score: number;
}

/**
 * `match` is an FTS5 query built by the service from quoted terms; it is bound, never spliced in.
 * Snippet markers are control characters stripped from all indexed text, so they cannot collide.
 *
 * A common word matches most notes, so ranking happens in two steps. First the matches are scored
 * from the index alone (no note is read) and only the best `limit` are kept, with any that tie with
 * the last of them. Then snippets and note details are made for those few. The `+` keeps their
 * rowids out of the index lookup, which would otherwise re-run the whole query once per row. The
 * order is the one ranking everything at once would give: best score first, later session first.
 */
export function searchNotes(db: Db, match: string, limit: number): SearchRow[] {
  const best = bestHits(db, match, limit);
  if (best.length === 0) return [];
  const scores = new Map(best.map((hit) => [hit.id, hit.score]));
  const rows = db
    .prepare(
      `SELECT f.rowid AS id, f.note_id AS noteId, f.client_id AS clientId, c.chosen_name AS chosenName,
         n.session_date AS sessionDate, n.format,
         snippet(notes_fts, 2, char(1), char(2), '…', 16) AS snippet
       FROM notes_fts f
       JOIN notes n ON n.id = f.note_id
       JOIN clients c ON c.id = f.client_id
       WHERE notes_fts MATCH ? AND +f.rowid IN (SELECT value FROM json_each(?))`,
    )
    .all(match, JSON.stringify([...scores.keys()])) as (SearchRow & { id: number })[];
  return rows
    .sort((a, b) => scores.get(a.id)! - scores.get(b.id)! || laterFirst(a.sessionDate, b.sessionDate))
    .slice(0, limit)
    .map(({ id: _id, ...row }) => row);
}

/**
 * The best `limit` matches and all that tie with the last of them. Every match must be scored, but
 * with a LIMIT SQLite keeps only that many while scoring instead of sorting them all. A window of
 * twice the limit holds the ties almost always; it is known to hold them all when it ends on a
 * worse score, and is widened when it does not.
 */
function bestHits(db: Db, match: string, limit: number): RankedHit[] {
  const ranked = db.prepare(
    'SELECT rowid AS id, bm25(notes_fts) AS score FROM notes_fts WHERE notes_fts MATCH ? ORDER BY score LIMIT ?',
  );
  for (let window = 2 * limit; ; window *= 8) {
    const hits = ranked.all(match, window) as RankedHit[];
    if (hits.length <= limit) return hits;
    const cut = hits[limit - 1]!.score;
    if (hits.length < window || hits.at(-1)!.score > cut) return hits.filter((hit) => hit.score <= cut);
  }
}

function laterFirst(a: string, b: string): number {
  return a < b ? 1 : a > b ? -1 : 0;
}
