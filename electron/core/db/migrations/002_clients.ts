import type { Migration } from './migration';

export const migration002: Migration = {
  version: 2,
  name: 'clients and intake',
  sql: `
    CREATE TABLE clients (
      id TEXT PRIMARY KEY,
      chosen_name TEXT NOT NULL,
      legal_name TEXT NOT NULL DEFAULT '',
      date_of_birth TEXT NOT NULL DEFAULT '',
      search_key TEXT NOT NULL,
      enquiry_note TEXT NOT NULL DEFAULT '',
      status TEXT NOT NULL DEFAULT 'enquiry'
        CHECK (status IN ('enquiry', 'waitlist', 'active', 'paused', 'discharged', 'archived')),
      status_date TEXT,
      status_reason TEXT NOT NULL DEFAULT '',
      retain_until TEXT,
      intake_completed_at TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX clients_by_status ON clients (status, chosen_name);

    -- Nothing clinical is deleted before its retention date, whatever the caller does.
    CREATE TRIGGER clients_kept_until_retention BEFORE DELETE ON clients
    WHEN OLD.retain_until IS NULL OR OLD.retain_until > date('now')
    BEGIN
      SELECT RAISE(ABORT, 'client record is kept until its retention date');
    END;

    CREATE TABLE intakes (
      client_id TEXT PRIMARY KEY REFERENCES clients (id),
      data TEXT NOT NULL CHECK (json_valid(data)),
      revision INTEGER NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE intake_drafts (
      client_id TEXT PRIMARY KEY REFERENCES clients (id),
      data TEXT NOT NULL CHECK (json_valid(data)),
      step TEXT NOT NULL,
      base_revision INTEGER NOT NULL,
      saved_at TEXT NOT NULL
    ) STRICT;

    -- Every change to a client's record, field by field: who, when, what it was, what it became.
    CREATE TABLE client_changes (
      id INTEGER PRIMARY KEY,
      client_id TEXT NOT NULL REFERENCES clients (id),
      at TEXT NOT NULL,
      actor TEXT NOT NULL,
      kind TEXT NOT NULL,
      changes TEXT NOT NULL CHECK (json_valid(changes))
    ) STRICT;
    CREATE INDEX client_changes_by_client ON client_changes (client_id, id);

    CREATE TRIGGER client_changes_no_update BEFORE UPDATE ON client_changes
    BEGIN
      SELECT RAISE(ABORT, 'history is append-only');
    END;
    CREATE TRIGGER client_changes_no_delete BEFORE DELETE ON client_changes
    BEGIN
      SELECT RAISE(ABORT, 'history is append-only');
    END;
  `,
};
