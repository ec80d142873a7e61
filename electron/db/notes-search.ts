import type { Db } from './connection';

/** Replaces the note's search text (progress note and signed addenda; never the process note). */
export function indexNote(db: Db, noteId: string, clientId: string, text: string): void {
  db.prepare('DELETE FROM notes_fts WHERE note_id = ?').run(noteId);
  db.prepare('INSERT INTO notes_fts (note_id, client_id, text) VALUES (?, ?, ?)').run(noteId, clientId, text);
}

export interface SearchRow {
  noteId: string;
  clientId: string;
  chosenName: string;
  sessionDate: string;
  format: string;
  snippet: string;
}

/**
 * `match` is an FTS5 query built by the service from quoted terms; it is bound, never spliced in.
 * Snippet markers are control characters stripped from all indexed text, so they cannot collide.
 */
export function searchNotes(db: Db, match: string, limit: number): SearchRow[] {
  return db
    .prepare(
      `SELECT f.note_id AS noteId, f.client_id AS clientId, c.chosen_name AS chosenName,
         n.session_date AS sessionDate, n.format,
         snippet(notes_fts, 2, char(1), char(2), '…', 16) AS snippet
       FROM notes_fts f
       JOIN notes n ON n.id = f.note_id
       JOIN clients c ON c.id = f.client_id
       WHERE notes_fts MATCH ?
       ORDER BY bm25(notes_fts), n.session_date DESC
       LIMIT ?`,
    )
    .all(match, limit) as SearchRow[];
}
