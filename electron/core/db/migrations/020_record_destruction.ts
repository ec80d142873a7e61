import type { Migration } from './migration';

export const migration020: Migration = {
  version: 20,
  name: 'record destruction',
  sql: `
    -- What is left of a destroyed record: who destroyed it, when, which client id, how many rows of
    -- each kind went (JSON of counts), and the override's reason if it went before its date. Never
    -- a name nor clinical text. No foreign key: the client it names is gone.
    CREATE TABLE record_destructions (
      id INTEGER PRIMARY KEY,
      client_id TEXT NOT NULL UNIQUE,
      destroyed_at TEXT NOT NULL,
      actor TEXT NOT NULL,
      retain_until TEXT NOT NULL,
      override_reason TEXT NOT NULL DEFAULT '',
      billing TEXT NOT NULL CHECK (billing IN ('removed', 'kept')),
      counts TEXT NOT NULL CHECK (json_valid(counts))
    ) STRICT;

    CREATE TRIGGER record_destructions_no_update BEFORE UPDATE ON record_destructions
    BEGIN
      SELECT RAISE(ABORT, 'destruction entries are append-only');
    END;
    CREATE TRIGGER record_destructions_no_delete BEFORE DELETE ON record_destructions
    BEGIN
      SELECT RAISE(ABORT, 'destruction entries are append-only');
    END;

    -- The retention date still holds; it gives way only to an override whose reason is on record.
    DROP TRIGGER clients_kept_until_retention;
    CREATE TRIGGER clients_kept_until_retention BEFORE DELETE ON clients
    WHEN (OLD.retain_until IS NULL OR OLD.retain_until > date('now'))
      AND NOT EXISTS (
        SELECT 1 FROM record_destructions WHERE client_id = OLD.id AND override_reason <> ''
      )
    BEGIN
      SELECT RAISE(ABORT, 'client record is kept until its retention date');
    END;
  `,
};
