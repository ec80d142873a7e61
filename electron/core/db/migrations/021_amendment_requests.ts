import type { Migration } from './migration';

/**
 * A client's request to amend their record. The request names what it is about (notes, through
 * amendment_request_notes, and a free description of any other part of the record), runs on a
 * 60-day clock from the day it was received, with at most one 30-day extension that needs a
 * reason and the day the client was told. The decision is made once: accepted requests point at
 * the addendum written on each note; denied ones keep the reason, the client's statement of
 * disagreement and the clinician's rebuttal beside the note. Once decided, the database refuses
 * to change or remove the request or its links.
 */
export const migration021: Migration = {
  version: 21,
  name: 'amendment requests',
  sql: `
    CREATE TABLE amendment_requests (
      id TEXT PRIMARY KEY,
      client_id TEXT NOT NULL REFERENCES clients (id),
      received_on TEXT NOT NULL,
      record_part TEXT NOT NULL DEFAULT '',
      requested_change TEXT NOT NULL CHECK (length(trim(requested_change)) > 0),
      reason TEXT NOT NULL DEFAULT '',
      extended_on TEXT,
      extension_reason TEXT NOT NULL DEFAULT '',
      client_told_on TEXT,
      decision TEXT CHECK (decision IN ('accepted', 'denied')),
      decided_on TEXT,
      denial_reason TEXT NOT NULL DEFAULT '',
      disagreement TEXT NOT NULL DEFAULT '',
      disagreement_on TEXT,
      rebuttal TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK ((extended_on IS NULL) = (client_told_on IS NULL)),
      CHECK (extended_on IS NULL OR length(trim(extension_reason)) > 0),
      CHECK ((decision IS NULL) = (decided_on IS NULL)),
      CHECK (decision IS NOT 'denied' OR length(trim(denial_reason)) > 0)
    ) STRICT;
    CREATE INDEX amendment_requests_by_client ON amendment_requests (client_id, received_on);
    CREATE INDEX amendment_requests_open ON amendment_requests (received_on) WHERE decision IS NULL;

    CREATE TABLE amendment_request_notes (
      request_id TEXT NOT NULL REFERENCES amendment_requests (id),
      note_id TEXT NOT NULL REFERENCES notes (id),
      addendum_id TEXT REFERENCES note_addenda (id),
      PRIMARY KEY (request_id, note_id)
    ) STRICT;
    CREATE INDEX amendment_request_notes_by_note ON amendment_request_notes (note_id);

    CREATE TRIGGER amendment_requests_decided_frozen BEFORE UPDATE ON amendment_requests
    WHEN OLD.decision IS NOT NULL
    BEGIN
      SELECT RAISE(ABORT, 'a decided amendment request cannot be changed');
    END;
    CREATE TRIGGER amendment_requests_decided_kept BEFORE DELETE ON amendment_requests
    WHEN OLD.decision IS NOT NULL
    BEGIN
      SELECT RAISE(ABORT, 'a decided amendment request cannot be changed');
    END;
    CREATE TRIGGER amendment_request_notes_decided_no_insert BEFORE INSERT ON amendment_request_notes
    WHEN (SELECT decision FROM amendment_requests WHERE id = NEW.request_id) IS NOT NULL
    BEGIN
      SELECT RAISE(ABORT, 'a decided amendment request cannot be changed');
    END;
    CREATE TRIGGER amendment_request_notes_decided_frozen BEFORE UPDATE ON amendment_request_notes
    WHEN (SELECT decision FROM amendment_requests WHERE id = OLD.request_id) IS NOT NULL
    BEGIN
      SELECT RAISE(ABORT, 'a decided amendment request cannot be changed');
    END;
    CREATE TRIGGER amendment_request_notes_decided_kept BEFORE DELETE ON amendment_request_notes
    WHEN (SELECT decision FROM amendment_requests WHERE id = OLD.request_id) IS NOT NULL
    BEGIN
      SELECT RAISE(ABORT, 'a decided amendment request cannot be changed');
    END;
  `,
};
