import type { Migration } from './migration';

/**
 * Who acted: the clinician, or the records custodian who opened the vault with the recovery key
 * (a read-only session). Every entry written before this migration was the clinician's.
 */
export const migration024: Migration = {
  version: 24,
  name: 'audit actor',
  sql: `
    ALTER TABLE audit_log ADD COLUMN actor TEXT NOT NULL DEFAULT 'clinician'
      CHECK (actor IN ('clinician', 'custodian'));
  `,
};
