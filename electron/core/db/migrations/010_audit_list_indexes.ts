import type { Migration } from './migration';

export const migration010: Migration = {
  version: 10,
  name: 'audit list indexes',
  sql: `
    -- The audit trail's filters, each read from an index rather than a walk through every entry
    -- ever recorded. An action prefix is a range of actions; the time beside it lets a date range
    -- be checked without reading the entries themselves.
    CREATE INDEX audit_log_by_action ON audit_log (action, at);
    -- A date range on its own.
    CREATE INDEX audit_log_by_time ON audit_log (at);
    -- One kind of record, newest first: audit_log_by_entity orders a kind's entries by record first.
    CREATE INDEX audit_log_by_kind ON audit_log (entity, id);
  `,
};
