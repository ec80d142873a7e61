import type { Migration } from './migration';

export const migration013: Migration = {
  version: 13,
  name: 'diagnoses',
  sql: `
    -- A client's diagnoses as the clinician records them over time: a code with its title, from
    -- the bundled ICD-10-CM table or typed by hand (ICD-10 or ICD-11), primary or secondary, and
    -- where it stands. A diagnosis is changed, never deleted: a mistaken one is ruled out.
    CREATE TABLE diagnoses (
      id TEXT PRIMARY KEY,
      client_id TEXT NOT NULL REFERENCES clients (id),
      system TEXT NOT NULL CHECK (system IN ('icd10cm', 'icd10', 'icd11')),
      code TEXT NOT NULL,
      title TEXT NOT NULL,
      rank TEXT NOT NULL CHECK (rank IN ('primary', 'secondary')),
      status TEXT NOT NULL CHECK (status IN ('provisional', 'confirmed', 'ruled-out', 'resolved')),
      made_on TEXT NOT NULL,
      resolved_on TEXT,
      made_by TEXT NOT NULL DEFAULT '',
      note TEXT NOT NULL DEFAULT '',
      position INTEGER NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX diagnoses_by_client ON diagnoses (client_id, position);

    -- Who changed a diagnosis, when, and each field before and after: kept like intake history.
    CREATE TABLE diagnosis_changes (
      id INTEGER PRIMARY KEY,
      diagnosis_id TEXT NOT NULL REFERENCES diagnoses (id),
      at TEXT NOT NULL,
      actor TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('added', 'changed', 'carried-over')),
      changes TEXT NOT NULL CHECK (json_valid(changes))
    ) STRICT;
    CREATE INDEX diagnosis_changes_by_diagnosis ON diagnosis_changes (diagnosis_id, id);

    CREATE TRIGGER diagnosis_changes_no_update BEFORE UPDATE ON diagnosis_changes
    BEGIN
      SELECT RAISE(ABORT, 'history is append-only');
    END;
    CREATE TRIGGER diagnosis_changes_no_delete BEFORE DELETE ON diagnosis_changes
    BEGIN
      SELECT RAISE(ABORT, 'history is append-only');
    END;

    -- The codes typed on the billing tab become the client's diagnoses, in the same order (the
    -- first, which superbills pointed to, is the primary one), so the billing tab, the superbill
    -- and the record read one list. When each was made was never recorded: the day of this
    -- change stands in, and the history says they were carried over.
    CREATE TEMP TABLE carried (old_rowid INTEGER PRIMARY KEY, id TEXT NOT NULL);
    INSERT INTO carried (old_rowid, id)
      SELECT rowid,
        lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'
          || substr(lower(hex(randomblob(2))), 2) || '-'
          || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-'
          || lower(hex(randomblob(6)))
      FROM client_diagnoses;
    INSERT INTO diagnoses (id, client_id, system, code, title, rank, status, made_on, resolved_on,
        made_by, note, position, created_at, updated_at)
      SELECT c.id, d.client_id, 'icd10', d.code, d.description,
        CASE WHEN d.position = (SELECT min(position) FROM client_diagnoses f WHERE f.client_id = d.client_id)
          THEN 'primary' ELSE 'secondary' END,
        'confirmed', date('now'), NULL, '', '', d.position,
        strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
      FROM client_diagnoses d JOIN carried c ON c.old_rowid = d.rowid;
    INSERT INTO diagnosis_changes (diagnosis_id, at, actor, kind, changes)
      SELECT c.id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'Rapport', 'carried-over',
        json_array(json_object('path', 'code', 'before', NULL, 'after', d.code))
      FROM client_diagnoses d JOIN carried c ON c.old_rowid = d.rowid;
    DROP TABLE carried;
    DROP TABLE client_diagnoses;
  `,
};
