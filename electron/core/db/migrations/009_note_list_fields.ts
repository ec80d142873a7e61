import type { Migration } from './migration';

export const migration009: Migration = {
  version: 9,
  name: 'note list fields',
  sql: `
    -- What a client's list of notes and the alliance trend show of each note, worked out from the
    -- note's JSON when the note is written, so that opening a client decodes no note and reads no
    -- note's row: the first section with any text, spaces run together, cut at 160 characters;
    -- the share of answered checklist items observed, partly counting half (0 to 100); the mean
    -- of the client's feedback scores given (0 to 10); the rupture's type and how far it was
    -- repaired. Kept apart from notes because a signed note's row may never change, while these
    -- are only derived from it. Notes written before this version get theirs the first time their
    -- client's notes are listed (the preview follows JavaScript's rules for spaces, which SQL
    -- cannot repeat).
    CREATE TABLE note_list_fields (
      note_id TEXT PRIMARY KEY REFERENCES notes (id),
      preview TEXT NOT NULL,
      checklist_score INTEGER CHECK (checklist_score BETWEEN 0 AND 100),
      feedback_score REAL CHECK (feedback_score BETWEEN 0 AND 10),
      rupture_type TEXT NOT NULL CHECK (rupture_type IN ('none', 'withdrawal', 'confrontation')),
      rupture_resolved TEXT NOT NULL CHECK (rupture_resolved IN ('', 'yes', 'partly', 'no'))
    ) STRICT;

    -- A client's notes in list order with everything the list shows of the note itself, so the
    -- list is read from this index alone: a note's row is several pages long (its checklist and
    -- text), and its signature comes after them. It also serves whatever used notes_by_client.
    CREATE INDEX notes_for_list
      ON notes (client_id, session_date DESC, start_time DESC, id, end_time, modality, format, signed_at);
    DROP INDEX notes_by_client;
  `,
};
