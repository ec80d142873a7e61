import type { Migration } from './migration';

/**
 * Risk reviews: each one dated, by whom, and recorded at intake or in a session note. A review is
 * never overwritten by the next; the newest is the current judgement and the others its history.
 *
 * A review at intake is sealed once recorded. A review in a note follows the note: it can change
 * while the note is a draft and is sealed with the note's signature (a review added to a note
 * already signed, like an addendum, is sealed at once). A correction is a new review.
 *
 * The intake's older risk answers are not copied in: they stay in the intake, whose own history
 * records every change to them, and are read as the first entry until a review supersedes them.
 */
export const migration014: Migration = {
  version: 14,
  name: 'risk reviews',
  sql: `
    CREATE TABLE risk_reviews (
      id TEXT PRIMARY KEY,
      client_id TEXT NOT NULL REFERENCES clients (id),
      source TEXT NOT NULL CHECK (source IN ('intake', 'note')),
      note_id TEXT REFERENCES notes (id),
      reviewed_on TEXT NOT NULL,
      suicidal_thoughts TEXT NOT NULL CHECK (suicidal_thoughts IN ('none', 'passive', 'active')),
      intent TEXT NOT NULL CHECK (intent IN ('not-asked', 'no', 'yes')),
      plan TEXT NOT NULL CHECK (plan IN ('not-asked', 'no', 'yes')),
      means TEXT NOT NULL CHECK (means IN ('not-asked', 'no', 'yes')),
      past_attempts TEXT NOT NULL CHECK (past_attempts IN ('not-asked', 'no', 'yes')),
      self_harm TEXT NOT NULL CHECK (self_harm IN ('not-asked', 'no', 'yes')),
      harm_to_others TEXT NOT NULL CHECK (harm_to_others IN ('not-asked', 'no', 'yes')),
      harm_from_others TEXT NOT NULL CHECK (harm_from_others IN ('not-asked', 'no', 'yes')),
      protective_factors TEXT NOT NULL DEFAULT '',
      judgement TEXT NOT NULL CHECK (judgement IN ('low', 'moderate', 'high')),
      reasons TEXT NOT NULL,
      actions TEXT NOT NULL DEFAULT '',
      recorded_at TEXT NOT NULL,
      recorded_by TEXT NOT NULL DEFAULT '',
      updated_at TEXT NOT NULL,
      CHECK ((source = 'note') = (note_id IS NOT NULL))
    ) STRICT;
    CREATE INDEX risk_reviews_by_client ON risk_reviews (client_id, reviewed_on, recorded_at);
    CREATE INDEX risk_reviews_by_note ON risk_reviews (note_id) WHERE note_id IS NOT NULL;

    CREATE TRIGGER risk_reviews_sealed_frozen BEFORE UPDATE ON risk_reviews
    WHEN OLD.note_id IS NULL OR (SELECT signed_at FROM notes WHERE id = OLD.note_id) IS NOT NULL
      OR NEW.note_id IS NOT OLD.note_id OR NEW.client_id IS NOT OLD.client_id
    BEGIN
      SELECT RAISE(ABORT, 'a sealed risk review cannot be changed');
    END;
    CREATE TRIGGER risk_reviews_sealed_kept BEFORE DELETE ON risk_reviews
    WHEN OLD.note_id IS NULL OR (SELECT signed_at FROM notes WHERE id = OLD.note_id) IS NOT NULL
    BEGIN
      SELECT RAISE(ABORT, 'a sealed risk review cannot be changed');
    END;
  `,
};
