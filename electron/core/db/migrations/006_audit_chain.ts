import type { Migration } from './migration';

/**
 * Makes the audit trail tamper-evident. Each entry carries the hash of the one before it, so an
 * entry changed, removed or slipped in between breaks the chain where it happened. The hashes are
 * computed by Rapport (SQLite here has no SHA-256); the triggers make the table append-only and
 * refuse an entry that does not name the current last hash as its predecessor.
 *
 * Entries written before this migration have no hash yet. Rapport seals them, oldest first, before
 * it appends the next entry; that one-time fill of the two empty columns is the only update allowed.
 */
export const migration006: Migration = {
  version: 6,
  name: 'audit chain',
  sql: `
    ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
    ALTER TABLE audit_log ADD COLUMN hash TEXT;

    CREATE INDEX audit_log_by_entity ON audit_log (entity, entity_id, id);
    CREATE INDEX audit_log_unsealed ON audit_log (id) WHERE hash IS NULL;

    CREATE TRIGGER audit_log_chained BEFORE INSERT ON audit_log
    WHEN NEW.hash IS NULL
      OR NEW.prev_hash IS NOT coalesce(
        (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1),
        '0000000000000000000000000000000000000000000000000000000000000000'
      )
    BEGIN SELECT RAISE(ABORT, 'an audit entry must extend the chain'); END;

    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    WHEN OLD.hash IS NOT NULL
      OR NEW.id IS NOT OLD.id
      OR NEW.at IS NOT OLD.at
      OR NEW.action IS NOT OLD.action
      OR NEW.entity IS NOT OLD.entity
      OR NEW.entity_id IS NOT OLD.entity_id
      OR NEW.detail IS NOT OLD.detail
    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;

    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
  `,
};
