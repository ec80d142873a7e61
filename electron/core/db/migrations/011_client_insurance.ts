import type { Migration } from './migration';

export const migration011: Migration = {
  version: 11,
  name: 'client insurance',
  sql: `
    -- A client's health insurance, printed on their superbills. One row per client who has any;
    -- a client without a row pays themselves.
    CREATE TABLE client_insurance (
      client_id TEXT PRIMARY KEY REFERENCES clients (id),
      payer TEXT NOT NULL DEFAULT '',
      member_id TEXT NOT NULL DEFAULT '',
      group_number TEXT NOT NULL DEFAULT '',
      relationship TEXT NOT NULL DEFAULT 'self'
        CHECK (relationship IN ('self', 'spouse', 'child', 'other')),
      subscriber_name TEXT NOT NULL DEFAULT '',
      subscriber_date_of_birth TEXT NOT NULL DEFAULT ''
    ) STRICT;
  `,
};
