import type { Migration } from './migration';

/**
 * Signatures that say who signed and when, and an audit trail with no exemption left open.
 *
 * A note or addendum signed from now on carries its signer (the clinician's name and credentials
 * as the letterhead held them) and a fingerprint in format 2, which covers the signing time and the
 * signer as well as the record. Rows signed before keep format 1 and stay verifiable as they were.
 *
 * Entries written before the chain existed (a vault from before migration 006) are sealed once,
 * here, before the trigger below closes the table to every update: after this migration an entry
 * without a hash is a finding, never something the next unlock fills in.
 */
export const migration012: Migration = {
  version: 12,
  name: 'integrity',
  sealAuditEntriesIfFromBefore: 6,
  sql: `
    ALTER TABLE notes ADD COLUMN signature_version INTEGER NOT NULL DEFAULT 1 CHECK (signature_version IN (1, 2));
    ALTER TABLE notes ADD COLUMN signed_by TEXT;
    ALTER TABLE note_addenda ADD COLUMN signature_version INTEGER NOT NULL DEFAULT 1 CHECK (signature_version IN (1, 2));
    ALTER TABLE note_addenda ADD COLUMN signed_by TEXT;

    DROP INDEX audit_log_unsealed;
    DROP TRIGGER audit_log_no_update;
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
  `,
};
