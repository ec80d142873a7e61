-- schema version 1; regenerate with UPDATE_SCHEMA_SNAPSHOT=1 npx vitest run tests/unit/migrations
CREATE TABLE audit_log ( id INTEGER PRIMARY KEY, at TEXT NOT NULL, action TEXT NOT NULL, entity TEXT, entity_id TEXT, detail TEXT ) STRICT;
CREATE TABLE clients ( id TEXT PRIMARY KEY, chosen_name TEXT NOT NULL, legal_name TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT 'enquiry', created_at TEXT NOT NULL, updated_at TEXT NOT NULL ) STRICT;
CREATE TABLE settings ( key TEXT PRIMARY KEY, value TEXT NOT NULL ) STRICT;
