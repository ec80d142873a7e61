import type { Migration } from './migration';

export const migration008: Migration = {
  version: 8,
  name: 'practice indexes',
  sql: `
    -- The client list shows each client's last attended session: without this index that is a walk
    -- through every appointment the client ever had, for every client on the list.
    CREATE INDEX appointments_attended ON appointments (client_id, status, local_date);
    -- Every invoice read sums its payments: without this index, a scan of every payment ever made.
    CREATE INDEX payments_by_invoice ON payments (invoice_id) WHERE invoice_id IS NOT NULL;
  `,
};
