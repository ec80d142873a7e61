import type { Migration } from './migration';

/**
 * Reminders the clinician sends themselves (an .ics file, a text or email draft): which
 * appointments' reminders were sent, and when. The template they are written from is a setting.
 */
export const migration022: Migration = {
  version: 22,
  name: 'appointment reminders',
  sql: `
    CREATE TABLE appointment_reminders (
      appointment_id TEXT PRIMARY KEY REFERENCES appointments (id),
      sent_at TEXT NOT NULL
    ) STRICT;
  `,
};
