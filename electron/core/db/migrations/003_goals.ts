import type { Migration } from './migration';

export const migration003: Migration = {
  version: 3,
  name: 'goal plans',
  sql: `
    CREATE TABLE plan_versions (
      id TEXT PRIMARY KEY,
      client_id TEXT NOT NULL REFERENCES clients (id),
      number INTEGER NOT NULL,
      created_at TEXT NOT NULL,
      review_date TEXT NOT NULL DEFAULT '',
      agreed_on TEXT,
      agreement_method TEXT CHECK (agreement_method IN ('verbal', 'typed', 'drawn')),
      agreement_typed_name TEXT NOT NULL DEFAULT '',
      agreement_signature TEXT NOT NULL DEFAULT '',
      agreement_recorded_at TEXT,
      UNIQUE (client_id, number),
      CHECK ((agreed_on IS NULL) = (agreement_method IS NULL))
    ) STRICT;

    CREATE TABLE goals (
      id TEXT PRIMARY KEY,
      version_id TEXT NOT NULL REFERENCES plan_versions (id),
      goal_key TEXT NOT NULL,
      position INTEGER NOT NULL,
      client_words TEXT NOT NULL,
      clinician_framing TEXT NOT NULL,
      why_it_matters TEXT NOT NULL,
      linked_concern TEXT NOT NULL,
      strengths TEXT NOT NULL,
      steps TEXT NOT NULL CHECK (json_valid(steps)),
      target_date TEXT NOT NULL,
      weight INTEGER NOT NULL CHECK (weight BETWEEN 1 AND 3),
      levels TEXT NOT NULL CHECK (json_valid(levels)),
      baseline INTEGER NOT NULL CHECK (baseline BETWEEN -2 AND 2),
      UNIQUE (version_id, goal_key)
    ) STRICT;
    CREATE INDEX goals_by_key ON goals (goal_key);

    -- An agreed version is a record of what was agreed: the database refuses to change it.
    CREATE TRIGGER plan_versions_agreed_frozen BEFORE UPDATE ON plan_versions
    WHEN OLD.agreed_on IS NOT NULL
    BEGIN
      SELECT RAISE(ABORT, 'an agreed plan version cannot be changed');
    END;
    CREATE TRIGGER plan_versions_agreed_kept BEFORE DELETE ON plan_versions
    WHEN OLD.agreed_on IS NOT NULL
    BEGIN
      SELECT RAISE(ABORT, 'an agreed plan version cannot be changed');
    END;
    CREATE TRIGGER goals_agreed_no_insert BEFORE INSERT ON goals
    WHEN (SELECT agreed_on FROM plan_versions WHERE id = NEW.version_id) IS NOT NULL
    BEGIN
      SELECT RAISE(ABORT, 'an agreed plan version cannot be changed');
    END;
    CREATE TRIGGER goals_agreed_no_update BEFORE UPDATE ON goals
    WHEN (SELECT agreed_on FROM plan_versions WHERE id = OLD.version_id) IS NOT NULL
    BEGIN
      SELECT RAISE(ABORT, 'an agreed plan version cannot be changed');
    END;
    CREATE TRIGGER goals_agreed_no_delete BEFORE DELETE ON goals
    WHEN (SELECT agreed_on FROM plan_versions WHERE id = OLD.version_id) IS NOT NULL
    BEGIN
      SELECT RAISE(ABORT, 'an agreed plan version cannot be changed');
    END;

    CREATE TABLE goal_ratings (
      id INTEGER PRIMARY KEY,
      client_id TEXT NOT NULL REFERENCES clients (id),
      goal_key TEXT NOT NULL,
      rater TEXT NOT NULL CHECK (rater IN ('client', 'clinician')),
      level INTEGER NOT NULL CHECK (level BETWEEN -2 AND 2),
      rated_on TEXT NOT NULL,
      comment TEXT NOT NULL DEFAULT '',
      note_id TEXT,
      recorded_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX goal_ratings_by_client ON goal_ratings (client_id, rated_on);

    CREATE TABLE goal_status_events (
      id INTEGER PRIMARY KEY,
      client_id TEXT NOT NULL REFERENCES clients (id),
      goal_key TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('active', 'achieved', 'discontinued')),
      reason TEXT NOT NULL DEFAULT '',
      date TEXT NOT NULL,
      recorded_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX goal_status_by_client ON goal_status_events (client_id, goal_key, id);

    CREATE TRIGGER goal_ratings_no_update BEFORE UPDATE ON goal_ratings
    BEGIN
      SELECT RAISE(ABORT, 'ratings are append-only');
    END;
    CREATE TRIGGER goal_ratings_no_delete BEFORE DELETE ON goal_ratings
    BEGIN
      SELECT RAISE(ABORT, 'ratings are append-only');
    END;
    CREATE TRIGGER goal_status_no_update BEFORE UPDATE ON goal_status_events
    BEGIN
      SELECT RAISE(ABORT, 'goal status history is append-only');
    END;
    CREATE TRIGGER goal_status_no_delete BEFORE DELETE ON goal_status_events
    BEGIN
      SELECT RAISE(ABORT, 'goal status history is append-only');
    END;
  `,
};
