import type { Migration } from './migration';

export const migration004: Migration = {
  version: 4,
  name: 'session notes',
  sql: `
    CREATE TABLE checklist_items (
      id INTEGER PRIMARY KEY,
      group_key TEXT NOT NULL
        CHECK (group_key IN ('trust', 'empathy', 'collaboration', 'safety', 'authenticity', 'growth', 'culture')),
      text TEXT NOT NULL,
      position INTEGER NOT NULL,
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
    ) STRICT;
    -- The default items, in our own words, written from the seed article's seven elements.
    INSERT INTO checklist_items (group_key, text, position) VALUES
      ('trust', 'The client shared openly, including something difficult', 0),
      ('trust', 'I listened actively and reflected back accurately', 1),
      ('trust', 'Confidentiality and its limits were honoured', 2),
      ('empathy', 'I named and validated the client’s feelings', 3),
      ('empathy', 'The client seemed to feel understood', 4),
      ('empathy', 'I checked my understanding rather than assuming', 5),
      ('collaboration', 'We agreed on what to focus on today', 6),
      ('collaboration', 'We agreed on how we would work on it', 7),
      ('collaboration', 'The client’s strengths and ideas shaped the plan', 8),
      ('safety', 'The client could disagree or express anything without judgement', 9),
      ('safety', 'Boundaries (time, roles, contact) were clear and kept', 10),
      ('safety', 'I noticed and set aside my own reactions and biases', 11),
      ('authenticity', 'I was genuine and honest in my responses', 12),
      ('authenticity', 'I explained what I was doing and why', 13),
      ('authenticity', 'Roles and expectations were clear to the client', 14),
      ('growth', 'The client explored thoughts, feelings or patterns', 15),
      ('growth', 'We looked at a limiting belief or a new way of coping', 16),
      ('growth', 'The client left with something to try or reflect on', 17),
      ('culture', 'I invited the client’s cultural context and meanings', 18),
      ('culture', 'I adapted my approach to the client’s values and identity', 19),
      ('culture', 'I noticed assumptions of my own and held them lightly', 20);

    CREATE TABLE notes (
      id TEXT PRIMARY KEY,
      client_id TEXT NOT NULL REFERENCES clients (id),
      appointment_id TEXT,
      session_date TEXT NOT NULL,
      start_time TEXT NOT NULL DEFAULT '',
      end_time TEXT NOT NULL DEFAULT '',
      modality TEXT NOT NULL CHECK (modality IN ('in-person', 'video', 'phone')),
      attendees TEXT NOT NULL DEFAULT '',
      format TEXT NOT NULL CHECK (format IN ('SOAP', 'DAP', 'BIRP', 'GIRP')),
      body TEXT NOT NULL CHECK (json_valid(body)),
      goal_work TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(goal_work)),
      checklist TEXT NOT NULL CHECK (json_valid(checklist)),
      feedback TEXT NOT NULL CHECK (json_valid(feedback)),
      rupture TEXT NOT NULL CHECK (json_valid(rupture)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      signed_at TEXT,
      content_hash TEXT,
      CHECK ((signed_at IS NULL) = (content_hash IS NULL))
    ) STRICT;
    CREATE INDEX notes_by_client ON notes (client_id, session_date DESC);
    CREATE INDEX notes_unsigned ON notes (signed_at) WHERE signed_at IS NULL;

    -- A signed note is a legal record: the database refuses to change or remove it.
    CREATE TRIGGER notes_signed_frozen BEFORE UPDATE ON notes
    WHEN OLD.signed_at IS NOT NULL
    BEGIN
      SELECT RAISE(ABORT, 'a signed note cannot be changed');
    END;
    CREATE TRIGGER notes_signed_kept BEFORE DELETE ON notes
    WHEN OLD.signed_at IS NOT NULL
    BEGIN
      SELECT RAISE(ABORT, 'a signed note cannot be changed');
    END;

    CREATE TABLE note_addenda (
      id TEXT PRIMARY KEY,
      note_id TEXT NOT NULL REFERENCES notes (id),
      body TEXT NOT NULL,
      signed_at TEXT NOT NULL,
      content_hash TEXT NOT NULL
    ) STRICT;
    CREATE INDEX note_addenda_by_note ON note_addenda (note_id, signed_at);
    CREATE TRIGGER note_addenda_only_signed_notes BEFORE INSERT ON note_addenda
    WHEN (SELECT signed_at FROM notes WHERE id = NEW.note_id) IS NULL
    BEGIN
      SELECT RAISE(ABORT, 'addenda belong to signed notes');
    END;
    CREATE TRIGGER note_addenda_no_update BEFORE UPDATE ON note_addenda
    BEGIN
      SELECT RAISE(ABORT, 'a signed addendum cannot be changed');
    END;
    CREATE TRIGGER note_addenda_no_delete BEFORE DELETE ON note_addenda
    BEGIN
      SELECT RAISE(ABORT, 'a signed addendum cannot be changed');
    END;

    -- Psychotherapy (process) notes live apart from the progress note and are never exported with it.
    CREATE TABLE process_notes (
      note_id TEXT PRIMARY KEY REFERENCES notes (id),
      body TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    -- Search copy of progress notes and addenda (never process notes). The service splits CJK runs
    -- into single characters with U+2063 (declared a separator here) so any script is searchable.
    -- The vowel signs and other combining marks of the Indic, Thai, Lao and Myanmar scripts are
    -- declared token characters: they are part of a word there, not punctuation between words.
    CREATE VIRTUAL TABLE notes_fts USING fts5 (
      note_id UNINDEXED,
      client_id UNINDEXED,
      text,
      tokenize = 'unicode61 remove_diacritics 2 separators ''\u2063'' tokenchars ''\u0900\u0901\u0902\u0903\u093a\u093b\u093c\u093e\u093f\u0940\u0941\u0942\u0943\u0944\u0945\u0946\u0947\u0948\u0949\u094a\u094b\u094c\u094d\u094e\u094f\u0951\u0952\u0953\u0954\u0955\u0956\u0957\u0962\u0963\u0981\u0982\u0983\u09bc\u09be\u09bf\u09c0\u09c1\u09c2\u09c3\u09c4\u09c7\u09c8\u09cb\u09cc\u09cd\u09d7\u09e2\u09e3\u09fe\u0a01\u0a02\u0a03\u0a3c\u0a3e\u0a3f\u0a40\u0a41\u0a42\u0a47\u0a48\u0a4b\u0a4c\u0a4d\u0a51\u0a70\u0a71\u0a75\u0a81\u0a82\u0a83\u0abc\u0abe\u0abf\u0ac0\u0ac1\u0ac2\u0ac3\u0ac4\u0ac5\u0ac7\u0ac8\u0ac9\u0acb\u0acc\u0acd\u0ae2\u0ae3\u0afa\u0afb\u0afc\u0afd\u0afe\u0aff\u0b01\u0b02\u0b03\u0b3c\u0b3e\u0b3f\u0b40\u0b41\u0b42\u0b43\u0b44\u0b47\u0b48\u0b4b\u0b4c\u0b4d\u0b55\u0b56\u0b57\u0b62\u0b63\u0b82\u0bbe\u0bbf\u0bc0\u0bc1\u0bc2\u0bc6\u0bc7\u0bc8\u0bca\u0bcb\u0bcc\u0bcd\u0bd7\u0c00\u0c01\u0c02\u0c03\u0c04\u0c3c\u0c3e\u0c3f\u0c40\u0c41\u0c42\u0c43\u0c44\u0c46\u0c47\u0c48\u0c4a\u0c4b\u0c4c\u0c4d\u0c55\u0c56\u0c62\u0c63\u0c81\u0c82\u0c83\u0cbc\u0cbe\u0cbf\u0cc0\u0cc1\u0cc2\u0cc3\u0cc4\u0cc6\u0cc7\u0cc8\u0cca\u0ccb\u0ccc\u0ccd\u0cd5\u0cd6\u0ce2\u0ce3\u0d00\u0d01\u0d02\u0d03\u0d3b\u0d3c\u0d3e\u0d3f\u0d40\u0d41\u0d42\u0d43\u0d44\u0d46\u0d47\u0d48\u0d4a\u0d4b\u0d4c\u0d4d\u0d57\u0d62\u0d63\u0d81\u0d82\u0d83\u0dca\u0dcf\u0dd0\u0dd1\u0dd2\u0dd3\u0dd4\u0dd6\u0dd8\u0dd9\u0dda\u0ddb\u0ddc\u0ddd\u0dde\u0ddf\u0df2\u0df3\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e\u0eb1\u0eb4\u0eb5\u0eb6\u0eb7\u0eb8\u0eb9\u0eba\u0ebb\u0ebc\u0ec8\u0ec9\u0eca\u0ecb\u0ecc\u0ecd\u102b\u102c\u102d\u102e\u102f\u1030\u1031\u1032\u1033\u1034\u1035\u1036\u1037\u1038\u1039\u103a\u103b\u103c\u103d\u103e\u1056\u1057\u1058\u1059\u105e\u105f\u1060\u1062\u1063\u1064\u1067\u1068\u1069\u106a\u106b\u106c\u106d\u1071\u1072\u1073\u1074\u1082\u1083\u1084\u1085\u1086\u1087\u1088\u1089\u108a\u108b\u108c\u108d\u108f\u109a\u109b\u109c\u109d'''
    );
  `,
};
