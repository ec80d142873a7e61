import type { Migration } from './migration';

/**
 * Outcome measures: each completed questionnaire with its answers, the total and band they scored
 * to under the instrument's version, and who completed it. A completed measure is part of the
 * record and never changes; a correction is a new entry that names the one it supersedes and why.
 *
 * The schedule says which measures a client is given and how often; it is a setting of their
 * care, so it changes in place.
 */
export const migration018: Migration = {
  version: 18,
  name: 'outcome measures',
  sql: `
    CREATE TABLE measures (
      id TEXT PRIMARY KEY,
      client_id TEXT NOT NULL REFERENCES clients (id),
      instrument_id TEXT NOT NULL,
      instrument_version TEXT NOT NULL,
      answers TEXT NOT NULL CHECK (json_valid(answers) AND json_type(answers) = 'array'),
      total INTEGER NOT NULL CHECK (total >= 0),
      band TEXT NOT NULL,
      risk_raised INTEGER NOT NULL CHECK (risk_raised IN (0, 1)),
      completed_on TEXT NOT NULL,
      completed_by TEXT NOT NULL CHECK (completed_by IN ('client', 'clinician')),
      recorded_at TEXT NOT NULL,
      recorded_by TEXT NOT NULL DEFAULT '',
      note_id TEXT REFERENCES notes (id),
      supersedes_id TEXT UNIQUE REFERENCES measures (id),
      correction_reason TEXT,
      CHECK ((supersedes_id IS NULL) = (correction_reason IS NULL))
    ) STRICT;
    CREATE INDEX measures_by_client ON measures (client_id, instrument_id, completed_on);
    CREATE INDEX measures_raised ON measures (client_id, completed_on) WHERE risk_raised = 1;

    CREATE TRIGGER measures_no_update BEFORE UPDATE ON measures
    BEGIN
      SELECT RAISE(ABORT, 'a recorded measure cannot be changed');
    END;
    CREATE TRIGGER measures_no_delete BEFORE DELETE ON measures
    BEGIN
      SELECT RAISE(ABORT, 'a recorded measure cannot be changed');
    END;
    CREATE TRIGGER measures_supersede_same BEFORE INSERT ON measures
    WHEN NEW.supersedes_id IS NOT NULL AND NOT EXISTS (
      SELECT 1 FROM measures WHERE id = NEW.supersedes_id
        AND client_id = NEW.client_id AND instrument_id = NEW.instrument_id)
    BEGIN
      SELECT RAISE(ABORT, 'a correction replaces an entry of the same client and measure');
    END;

    CREATE TABLE measure_schedules (
      client_id TEXT NOT NULL REFERENCES clients (id),
      instrument_id TEXT NOT NULL,
      cadence TEXT NOT NULL
        CHECK (cadence IN ('every-session', 'every-2-weeks', 'every-4-weeks', 'intake-and-discharge')),
      start_on TEXT NOT NULL,
      active INTEGER NOT NULL CHECK (active IN (0, 1)),
      updated_at TEXT NOT NULL,
      PRIMARY KEY (client_id, instrument_id)
    ) STRICT;
  `,
};
