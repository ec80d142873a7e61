import type { Migration } from './migration';

/**
 * The client's voice and the alliance, in the record's own terms.
 *
 * Checklist groups become rows the clinician can add to, rename, reorder and retire. The group list
 * was fixed by a CHECK on checklist_items.group_key; SQLite cannot drop a CHECK, so the table is
 * rebuilt by the documented procedure (new table, copy, drop, rename; it has no index, trigger or
 * view to recreate, and no table points into it). Item ids are kept, so every note's checklist,
 * which names its items and their group, still reads as it did. Bordin's working alliance
 * (agreement on goals, agreement on tasks, the bond) gets its own group, in our words.
 *
 * A session can record several rupture events. The notes.rupture column now holds
 * `{ "events": [...] }`; each draft's single rupture becomes one event here, keeping its type,
 * the markers ticked (in their old words), who raised it, the repair written and how it ended. A
 * signed note cannot change (its trigger refuses, and its fingerprint covers that text), so it
 * keeps the rupture it was signed with and is read as one event.
 *
 * Drafts whose feedback holds no answer start on the new feedback form (form 2); a draft with
 * answers, like every signed note, keeps form 1 so the answers stay under the words they were
 * given to.
 *
 * note_list_fields only derives from notes: it is remade with a feedback form and a rupture digest,
 * and refilled by the maintenance step 'maintenance.noteListFields.016'.
 */
export const migration016: Migration = {
  version: 16,
  name: 'client voice',
  sql: `
    CREATE TABLE checklist_groups (
      key TEXT PRIMARY KEY,
      title TEXT NOT NULL CHECK (length(trim(title)) > 0),
      position INTEGER NOT NULL,
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      origin TEXT NOT NULL CHECK (origin IN ('built-in', 'clinician'))
    ) STRICT;
    INSERT INTO checklist_groups (key, title, position, origin) VALUES
      ('trust', 'Trust and rapport', 0, 'built-in'),
      ('empathy', 'Empathy and understanding', 1, 'built-in'),
      ('collaboration', 'Collaborative partnership', 2, 'built-in'),
      ('alliance', 'Working alliance: goals, tasks and bond', 3, 'built-in'),
      ('safety', 'A safe, nonjudgmental space', 4, 'built-in'),
      ('authenticity', 'Authenticity and transparency', 5, 'built-in'),
      ('growth', 'Supporting growth and self-exploration', 6, 'built-in'),
      ('culture', 'Cultural humility and responsiveness', 7, 'built-in');

    CREATE TABLE checklist_items_new (
      id INTEGER PRIMARY KEY,
      group_key TEXT NOT NULL REFERENCES checklist_groups (key),
      text TEXT NOT NULL,
      position INTEGER NOT NULL,
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
    ) STRICT;
    INSERT INTO checklist_items_new (id, group_key, text, position, active)
      SELECT id, group_key, text, position, active FROM checklist_items;
    DROP TABLE checklist_items;
    ALTER TABLE checklist_items_new RENAME TO checklist_items;

    INSERT INTO checklist_items (group_key, text, position)
      SELECT 'alliance', item.text, base.next + item.n
      FROM (SELECT coalesce(max(position), -1) + 1 AS next FROM checklist_items) AS base,
        (SELECT 0 AS n, 'We agree on what the client wants from our work' AS text
         UNION ALL SELECT 1, 'We agree on how we are working towards it'
         UNION ALL SELECT 2, 'There is warmth and trust between us, both ways') AS item
      ORDER BY item.n;

    UPDATE notes SET rupture = CASE
        WHEN json_extract(rupture, '$.type') IN ('withdrawal', 'confrontation') THEN json_object(
          'events', json_array(json_object(
            'kind', json_extract(rupture, '$.type'),
            'markers', json('[]'),
            'earlierMarkers', json(coalesce(json_extract(rupture, '$.markers'), '[]')),
            'raisedBy', coalesce(json_extract(rupture, '$.raisedBy'), ''),
            'repairs', json('[]'),
            'repairNote', coalesce(json_extract(rupture, '$.repair'), ''),
            'outcome', CASE json_extract(rupture, '$.resolved')
              WHEN 'yes' THEN 'resolved' WHEN 'partly' THEN 'partly' WHEN 'no' THEN 'unresolved' ELSE '' END)))
        ELSE '{"events":[]}'
      END
    WHERE signed_at IS NULL;

    UPDATE notes
    SET feedback = '{"form":2,"answers":{"understood":null,"mattered":null,"suited":null,"safe":null,"honest":null,"forward":null,"respected":null},"message":""}'
    WHERE signed_at IS NULL
      AND json_extract(feedback, '$.form') IS NULL
      AND json_extract(feedback, '$.heard') IS NULL AND json_extract(feedback, '$.focus') IS NULL
      AND json_extract(feedback, '$.fit') IS NULL AND json_extract(feedback, '$.overall') IS NULL;

    DROP TABLE note_list_fields;
    CREATE TABLE note_list_fields (
      note_id TEXT PRIMARY KEY REFERENCES notes (id),
      preview TEXT NOT NULL,
      checklist_score INTEGER CHECK (checklist_score BETWEEN 0 AND 100),
      feedback_form INTEGER NOT NULL CHECK (feedback_form IN (1, 2)),
      feedback_score REAL CHECK (
        (feedback_form = 1 AND feedback_score BETWEEN 0 AND 10)
        OR (feedback_form = 2 AND feedback_score BETWEEN 1 AND 5)),
      rupture_count INTEGER NOT NULL CHECK (rupture_count >= 0),
      rupture_kind TEXT NOT NULL CHECK (rupture_kind IN ('none', 'withdrawal', 'confrontation', 'both')),
      rupture_open TEXT NOT NULL CHECK (rupture_open IN ('none', '', 'partly', 'unresolved', 'unclear'))
    ) STRICT;
  `,
};
