import type { Migration } from './migration';

export const migration001: Migration = {
  version: 1,
  name: 'foundation',
  sql: `
    CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;

    CREATE TABLE audit_log (
      id INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      action TEXT NOT NULL,
      entity TEXT,
      entity_id TEXT,
      detail TEXT
    ) STRICT;
  `,
};
