import type { Migration } from './migration';

/**
 * Safety plans written with the client, versioned and agreed like the goal plan: one row per
 * version, its sections (lists in the client's own words) held as JSON. A version being written can
 * change; once the client has agreed to it, the database refuses to change or remove it.
 */
export const migration015: Migration = {
  version: 15,
  name: 'safety plans',
  sql: `
    CREATE TABLE safety_plan_versions (
      id TEXT PRIMARY KEY,
      client_id TEXT NOT NULL REFERENCES clients (id),
      number INTEGER NOT NULL CHECK (number >= 1),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      sections TEXT NOT NULL CHECK (json_valid(sections)),
      agreed_on TEXT,
      agreement_method TEXT CHECK (agreement_method IN ('verbal', 'typed', 'drawn')),
      agreement_typed_name TEXT NOT NULL DEFAULT '',
      agreement_signature TEXT NOT NULL DEFAULT '',
      agreement_recorded_at TEXT,
      UNIQUE (client_id, number),
      CHECK ((agreed_on IS NULL) = (agreement_method IS NULL))
    ) STRICT;

    CREATE TRIGGER safety_plan_versions_agreed_frozen BEFORE UPDATE ON safety_plan_versions
    WHEN OLD.agreed_on IS NOT NULL
    BEGIN
      SELECT RAISE(ABORT, 'an agreed safety plan version cannot be changed');
    END;
    CREATE TRIGGER safety_plan_versions_agreed_kept BEFORE DELETE ON safety_plan_versions
    WHEN OLD.agreed_on IS NOT NULL
    BEGIN
      SELECT RAISE(ABORT, 'an agreed safety plan version cannot be changed');
    END;
  `,
};
