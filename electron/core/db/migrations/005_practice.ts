import type { Migration } from './migration';

export const migration005: Migration = {
  version: 5,
  name: 'appointments and billing',
  sql: `
    -- The fee schedule. Money is always an integer count of the currency's minor unit (cents).
    CREATE TABLE services (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      code TEXT NOT NULL DEFAULT '',
      duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 5 AND 600),
      price_minor INTEGER NOT NULL CHECK (price_minor >= 0),
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      position INTEGER NOT NULL
    ) STRICT;

    CREATE TABLE client_fees (
      client_id TEXT PRIMARY KEY REFERENCES clients (id),
      service_id TEXT REFERENCES services (id),
      price_minor INTEGER CHECK (price_minor >= 0),
      sliding_scale_percent INTEGER NOT NULL DEFAULT 0 CHECK (sliding_scale_percent BETWEEN 0 AND 100),
      note TEXT NOT NULL DEFAULT ''
    ) STRICT;

    CREATE TABLE client_diagnoses (
      client_id TEXT NOT NULL REFERENCES clients (id),
      position INTEGER NOT NULL,
      code TEXT NOT NULL,
      description TEXT NOT NULL DEFAULT '',
      PRIMARY KEY (client_id, position)
    ) STRICT;

    CREATE TABLE appointment_series (
      id TEXT PRIMARY KEY,
      client_id TEXT NOT NULL REFERENCES clients (id),
      every_weeks INTEGER NOT NULL CHECK (every_weeks BETWEEN 1 AND 8),
      created_at TEXT NOT NULL
    ) STRICT;

    -- starts_at is the UTC instant; local_date/local_time and time_zone keep the wall-clock time the
    -- clinician chose, so a weekly series stays at 18:00 across daylight-saving changes.
    CREATE TABLE appointments (
      id TEXT PRIMARY KEY,
      client_id TEXT NOT NULL REFERENCES clients (id),
      series_id TEXT REFERENCES appointment_series (id),
      starts_at TEXT NOT NULL,
      local_date TEXT NOT NULL,
      local_time TEXT NOT NULL,
      time_zone TEXT NOT NULL,
      duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 5 AND 600),
      modality TEXT NOT NULL CHECK (modality IN ('in-person', 'video', 'phone')),
      location TEXT NOT NULL DEFAULT '',
      service_id TEXT REFERENCES services (id),
      status TEXT NOT NULL DEFAULT 'scheduled'
        CHECK (status IN ('scheduled', 'attended', 'cancelled-early', 'cancelled-late', 'no-show')),
      status_reason TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX appointments_by_time ON appointments (starts_at);
    CREATE INDEX appointments_by_client ON appointments (client_id, starts_at);
    CREATE INDEX appointments_by_series ON appointments (series_id, starts_at);
    CREATE INDEX notes_by_appointment ON notes (appointment_id) WHERE appointment_id IS NOT NULL;

    CREATE TABLE invoices (
      id TEXT PRIMARY KEY,
      number TEXT NOT NULL UNIQUE,
      client_id TEXT NOT NULL REFERENCES clients (id),
      issued_on TEXT NOT NULL,
      due_on TEXT NOT NULL,
      currency TEXT NOT NULL CHECK (length(currency) = 3),
      status TEXT NOT NULL DEFAULT 'issued' CHECK (status IN ('issued', 'void')),
      void_reason TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX invoices_by_client ON invoices (client_id, issued_on);

    CREATE TABLE invoice_lines (
      id INTEGER PRIMARY KEY,
      invoice_id TEXT NOT NULL REFERENCES invoices (id),
      appointment_id TEXT REFERENCES appointments (id),
      service_date TEXT NOT NULL,
      description TEXT NOT NULL,
      code TEXT NOT NULL DEFAULT '',
      amount_minor INTEGER NOT NULL CHECK (amount_minor >= 0)
    ) STRICT;
    CREATE INDEX invoice_lines_by_invoice ON invoice_lines (invoice_id);
    CREATE INDEX invoice_lines_by_appointment ON invoice_lines (appointment_id) WHERE appointment_id IS NOT NULL;

    -- An issued invoice is a financial record: its lines never change; it can only be voided.
    CREATE TRIGGER invoice_lines_frozen BEFORE UPDATE ON invoice_lines
    BEGIN
      SELECT RAISE(ABORT, 'invoice lines cannot be changed');
    END;
    CREATE TRIGGER invoice_lines_kept BEFORE DELETE ON invoice_lines
    BEGIN
      SELECT RAISE(ABORT, 'invoice lines cannot be changed');
    END;

    CREATE TABLE payments (
      id TEXT PRIMARY KEY,
      client_id TEXT NOT NULL REFERENCES clients (id),
      invoice_id TEXT REFERENCES invoices (id),
      received_on TEXT NOT NULL,
      amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
      currency TEXT NOT NULL CHECK (length(currency) = 3),
      method TEXT NOT NULL CHECK (method IN ('card', 'cash', 'bank transfer', 'cheque', 'insurance', 'other')),
      reference TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX payments_by_client ON payments (client_id, received_on);
  `,
};
