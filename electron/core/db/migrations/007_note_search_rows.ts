import type { Migration } from './migration';

export const migration007: Migration = {
  version: 7,
  name: 'note search rows',
  sql: `
    -- Where each note's row sits in the search index. note_id is an UNINDEXED column of notes_fts,
    -- so finding a note's row by it scans the whole index; re-indexing a note on every autosave
    -- then grows with the size of the practice. This table finds it by key instead.
    CREATE TABLE note_search_rows (
      fts_rowid INTEGER PRIMARY KEY,
      note_id TEXT NOT NULL UNIQUE REFERENCES notes (id)
    ) STRICT;
    INSERT INTO note_search_rows (fts_rowid, note_id) SELECT rowid, note_id FROM notes_fts;
  `,
};
