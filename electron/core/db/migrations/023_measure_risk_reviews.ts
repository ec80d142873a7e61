import type { Migration } from './migration';

/**
 * Two guards for what the client and their measures say.
 *
 * A risk review can follow an outcome measure: PHQ-9 item 9 answered above zero prompts one, and
 * the clinician records it from the flag, outside any intake or note. Such a review names the
 * measure it followed (source 'measure', measure_id). The source was fixed by a CHECK; SQLite
 * cannot change a CHECK, so risk_reviews is rebuilt by the documented procedure (new table, copy,
 * drop, rename) and its indexes and triggers are made again as they were, the frozen one also
 * refusing a change of measure. No table points into risk_reviews. A review after a measure has no
 * note, so, like one at intake, it is sealed once recorded.
 *
 * The client's own feedback answers in a draft note (given in client mode, marked with
 * completedByClientAt inside notes.feedback) were kept as given by the notes service alone. The
 * trigger below refuses any change to them: the mark, the form, the message or any answer. It
 * compares the JSON's values, not its text, so a save that writes the same answers back passes.
 */
export const migration023: Migration = {
  version: 23,
  name: 'measure risk reviews and client answers kept',
  sql: `
    CREATE TABLE risk_reviews_new (
      id TEXT PRIMARY KEY,
      client_id TEXT NOT NULL REFERENCES clients (id),
      source TEXT NOT NULL CHECK (source IN ('intake', 'note', 'measure')),
      note_id TEXT REFERENCES notes (id),
      measure_id TEXT REFERENCES measures (id),
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
      CHECK ((source = 'note') = (note_id IS NOT NULL)),
      CHECK ((source = 'measure') = (measure_id IS NOT NULL))
    ) STRICT;
    INSERT INTO risk_reviews_new (id, client_id, source, note_id, measure_id, reviewed_on,
        suicidal_thoughts, intent, plan, means, past_attempts, self_harm, harm_to_others,
        harm_from_others, protective_factors, judgement, reasons, actions, recorded_at, recorded_by,
        updated_at)
      SELECT id, client_id, source, note_id, NULL, reviewed_on, suicidal_thoughts, intent, plan, means,
        past_attempts, self_harm, harm_to_others, harm_from_others, protective_factors, judgement,
        reasons, actions, recorded_at, recorded_by, updated_at
      FROM risk_reviews ORDER BY rowid;
    DROP TABLE risk_reviews;
    ALTER TABLE risk_reviews_new RENAME TO risk_reviews;
    CREATE INDEX risk_reviews_by_client ON risk_reviews (client_id, reviewed_on, recorded_at);
    CREATE INDEX risk_reviews_by_note ON risk_reviews (note_id) WHERE note_id IS NOT NULL;
    CREATE INDEX risk_reviews_by_measure ON risk_reviews (measure_id) WHERE measure_id IS NOT NULL;

    CREATE TRIGGER risk_reviews_sealed_frozen BEFORE UPDATE ON risk_reviews
    WHEN OLD.note_id IS NULL OR (SELECT signed_at FROM notes WHERE id = OLD.note_id) IS NOT NULL
      OR NEW.note_id IS NOT OLD.note_id OR NEW.client_id IS NOT OLD.client_id
      OR NEW.measure_id IS NOT OLD.measure_id
    BEGIN
      SELECT RAISE(ABORT, 'a sealed risk review cannot be changed');
    END;
    CREATE TRIGGER risk_reviews_sealed_kept BEFORE DELETE ON risk_reviews
    WHEN OLD.note_id IS NULL OR (SELECT signed_at FROM notes WHERE id = OLD.note_id) IS NOT NULL
    BEGIN
      SELECT RAISE(ABORT, 'a sealed risk review cannot be changed');
    END;
    CREATE TRIGGER risk_reviews_measure_same_client BEFORE INSERT ON risk_reviews
    WHEN NEW.measure_id IS NOT NULL AND NOT EXISTS (
      SELECT 1 FROM measures WHERE id = NEW.measure_id AND client_id = NEW.client_id)
    BEGIN
      SELECT RAISE(ABORT, 'a risk review follows a measure of the same client');
    END;

    CREATE TRIGGER notes_client_feedback_kept BEFORE UPDATE OF feedback ON notes
    WHEN json_extract(OLD.feedback, '$.completedByClientAt') IS NOT NULL AND (
      json_extract(NEW.feedback, '$.completedByClientAt') IS NOT json_extract(OLD.feedback, '$.completedByClientAt')
      OR json_extract(NEW.feedback, '$.form') IS NOT json_extract(OLD.feedback, '$.form')
      OR json_extract(NEW.feedback, '$.message') IS NOT json_extract(OLD.feedback, '$.message')
      OR (SELECT count(*) FROM json_each(NEW.feedback, '$.answers'))
        <> (SELECT count(*) FROM json_each(OLD.feedback, '$.answers'))
      OR EXISTS (SELECT 1 FROM json_each(OLD.feedback, '$.answers') o
        WHERE NOT EXISTS (SELECT 1 FROM json_each(NEW.feedback, '$.answers') n
          WHERE n.key = o.key AND n.type = o.type AND n.atom IS o.atom)))
    BEGIN
      SELECT RAISE(ABORT, 'the client''s own answers cannot be changed');
    END;
  `,
};
