import type { Migration } from './migration';

/**
 * The goal plan as a treatment plan: each goal's measurable objectives and planned interventions,
 * the plan's sessions (how often, how long, for how many weeks) and who else is involved, all part
 * of the version the client agrees to, so the triggers of migration 003 freeze them with it.
 * Progress on each objective is recorded at reviews, append-only like the ratings.
 */
export const migration017: Migration = {
  version: 17,
  name: 'treatment plan',
  sql: `
    ALTER TABLE goals ADD COLUMN objectives TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(objectives));
    ALTER TABLE goals ADD COLUMN interventions TEXT NOT NULL DEFAULT '{"modalities":[],"detail":""}'
      CHECK (json_valid(interventions));

    ALTER TABLE plan_versions ADD COLUMN session_frequency TEXT NOT NULL DEFAULT ''
      CHECK (session_frequency IN ('', 'twice weekly', 'weekly', 'fortnightly', 'monthly', 'as needed'));
    ALTER TABLE plan_versions ADD COLUMN session_minutes INTEGER NOT NULL DEFAULT 0
      CHECK (session_minutes BETWEEN 0 AND 480);
    -- 0: until the plan's review.
    ALTER TABLE plan_versions ADD COLUMN expected_weeks INTEGER NOT NULL DEFAULT 0
      CHECK (expected_weeks BETWEEN 0 AND 520);
    ALTER TABLE plan_versions ADD COLUMN involved TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(involved));

    CREATE TABLE objective_reviews (
      id INTEGER PRIMARY KEY,
      client_id TEXT NOT NULL REFERENCES clients (id),
      goal_key TEXT NOT NULL,
      objective_key TEXT NOT NULL,
      progress TEXT NOT NULL
        CHECK (progress IN ('not started', 'progressing', 'met', 'revised', 'discontinued')),
      note TEXT NOT NULL DEFAULT '',
      reviewed_on TEXT NOT NULL,
      recorded_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX objective_reviews_by_client ON objective_reviews (client_id, reviewed_on);

    CREATE TRIGGER objective_reviews_no_update BEFORE UPDATE ON objective_reviews
    BEGIN
      SELECT RAISE(ABORT, 'objective reviews are append-only');
    END;
    CREATE TRIGGER objective_reviews_no_delete BEFORE DELETE ON objective_reviews
    BEGIN
      SELECT RAISE(ABORT, 'objective reviews are append-only');
    END;
  `,
};
