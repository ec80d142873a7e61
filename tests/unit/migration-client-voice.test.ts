import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openEncrypted, type Db } from '../../electron/core/db/connection';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { auditEntryHash, GENESIS_HASH } from '../../electron/core/db/audit-hash';
import { fingerprintDetail, noteContentHash } from '../../electron/core/db/note-fingerprint';
import { createAppCore } from '../../electron/core/router/app-core';
import { parseKeyFile, unwrapDatabaseKey } from '../../electron/core/vault/key-file';
import { verifyVault } from '../../electron/core/vault/verify';
import { createVault } from '../../electron/core/vault/vault';
import { vaultPaths } from '../../electron/core/vault/vault-files';
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/contract';
import { rebuildAsOlderVersion } from './support/older-vault';
import { STRONG, TEST_KDF, tempDir } from './support/temp-vault';

const CLIENT = '11111111-1111-4111-8111-111111111111';
const SIGNED_V1 = '22222222-2222-4222-8222-222222222222';
const SIGNED_V2 = '33333333-3333-4333-8333-333333333333';
const ANSWERED_DRAFT = '44444444-4444-4444-8444-444444444444';
const EMPTY_DRAFT = '55555555-5555-4555-8555-555555555555';
const AT = '2025-01-01T10:00:00.000Z';
const SIGNED_AT = '2025-01-01T11:00:00.000Z';

const CHECKLIST = JSON.stringify([
  { itemId: 1, group: 'trust', text: 'The client shared openly', answer: 'observed', comment: '' },
  { itemId: 7, group: 'collaboration', text: 'We agreed on the focus', answer: 'partly', comment: '' },
]);
const OLD_FEEDBACK = JSON.stringify({ heard: 7, focus: 8, fit: null, overall: 6 });
const WITHDRAWAL = JSON.stringify({
  type: 'withdrawal',
  markers: ['Minimal answers', 'Changing the subject'],
  raisedBy: 'clinician',
  repair: 'Named the quiet between us.',
  resolved: 'partly',
});

/** An audit entry as the code of schema 12 wrote it: chained and hashed, before entries said who acted (024). */
function appendAuditAsThen(
  db: Db,
  entry: { action: string; entity: string; entityId: string; detail: string },
): void {
  const head = db.prepare('SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as
    { hash: string } | undefined;
  const fields = {
    at: new Date().toISOString(),
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    detail: entry.detail,
    prevHash: head?.hash ?? GENESIS_HASH,
  };
  db.prepare(
    `INSERT INTO audit_log (at, action, entity, entity_id, detail, prev_hash, hash)
     VALUES (@at, @action, @entity, @entityId, @detail, @prevHash, @hash)`,
  ).run({ ...fields, hash: auditEntryHash(fields) });
}

/** A vault as Rapport left it at schema version 12: two signed notes (formats 1 and 2) and two drafts. */
async function vaultAtSchema12(): Promise<string> {
  const dir = join(tempDir(), 'vault');
  const { db } = await createVault(dir, STRONG, { kdf: TEST_KDF });
  db.close();
  const key = (await unwrapDatabaseKey(parseKeyFile(readFileSync(vaultPaths(dir).keyFile, 'utf8')), STRONG))!;
  const raw = openEncrypted(vaultPaths(dir).database, key, { create: false });
  rebuildAsOlderVersion(
    raw,
    MIGRATIONS.filter((m) => m.version <= 12),
  );
  raw
    .prepare(
      "INSERT INTO clients (id, chosen_name, search_key, created_at, updated_at) VALUES (?, 'Zoë', 'zoe', ?, ?)",
    )
    .run(CLIENT, AT, AT);
  const row = (id: string, date: string, feedback: string, rupture: string) => ({
    id,
    client_id: CLIENT,
    appointment_id: null,
    session_date: date,
    start_time: '10:00',
    end_time: '10:50',
    modality: 'video',
    attendees: '',
    format: 'DAP',
    body: JSON.stringify({ data: `Session on ${date}` }),
    goal_work: '[]',
    checklist: CHECKLIST,
    feedback,
    rupture,
    created_at: AT,
    updated_at: AT,
    signed_at: null as string | null,
    signed_by: null as string | null,
    signature_version: 1,
    content_hash: null as string | null,
  });
  const insert = raw.prepare(
    `INSERT INTO notes (id, client_id, appointment_id, session_date, start_time, end_time, modality, attendees,
       format, body, goal_work, checklist, feedback, rupture, created_at, updated_at, signed_at, signed_by,
       signature_version, content_hash)
     VALUES (@id, @client_id, @appointment_id, @session_date, @start_time, @end_time, @modality, @attendees,
       @format, @body, @goal_work, @checklist, @feedback, @rupture, @created_at, @updated_at, @signed_at,
       @signed_by, @signature_version, @content_hash)`,
  );
  const v1 = { ...row(SIGNED_V1, '2025-01-01', OLD_FEEDBACK, WITHDRAWAL), signed_at: SIGNED_AT };
  insert.run({ ...v1, updated_at: SIGNED_AT, content_hash: noteContentHash(v1) });
  const v2 = {
    ...row(SIGNED_V2, '2025-01-08', OLD_FEEDBACK, JSON.stringify({ type: 'none' })),
    signed_at: SIGNED_AT,
    signed_by: 'Dr Ana Ruiz, PsyD',
    signature_version: 2,
  };
  insert.run({ ...v2, updated_at: SIGNED_AT, content_hash: noteContentHash(v2) });
  // As signing did then: a format-2 fingerprint is also recorded in the chained trail.
  appendAuditAsThen(raw, {
    action: 'note.signed',
    entity: 'note',
    entityId: SIGNED_V2,
    detail: fingerprintDetail(noteContentHash(v2)),
  });
  insert.run(
    row(
      ANSWERED_DRAFT,
      '2025-01-15',
      OLD_FEEDBACK,
      JSON.stringify({
        type: 'confrontation',
        markers: ['Questioning the tasks'],
        raisedBy: 'client',
        repair: '',
        resolved: 'no',
      }),
    ),
  );
  insert.run(
    row(
      EMPTY_DRAFT,
      '2025-01-22',
      JSON.stringify({ heard: null, focus: null, fit: null, overall: null }),
      JSON.stringify({ type: 'none', markers: [], raisedBy: '', repair: '', resolved: '' }),
    ),
  );
  raw.close();
  return dir;
}

async function openMigrated() {
  const dir = await vaultAtSchema12();
  const core = createAppCore({ vaultDir: dir, kdf: TEST_KDF });
  await core.session.unlock(STRONG);
  async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
    const result = await core.router.call(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
    return result.value;
  }
  return { core, call };
}

function failedChecks(db: Parameters<typeof verifyVault>[0]) {
  // The test wrote its notes without the app, so the anchor file is not compared here.
  return verifyVault(db, { anchor: null }).checks.filter((c) => !c.ok && c.name !== 'audit-anchor');
}

describe('migration 016: the client’s voice', () => {
  it('keeps every signature verifying, and old notes read under the words they were written with', async () => {
    const { core, call } = await openMigrated();
    const db = core.session.db();
    expect(failedChecks(db)).toEqual([]);

    const v1 = await call('notes:get', { id: SIGNED_V1 });
    expect(v1.signature).toEqual({ version: 1, intact: true });
    expect(v1.feedback).toEqual({ form: 1, answers: { heard: 7, focus: 8, fit: null, overall: 6 } });
    expect(v1.ruptures).toEqual([
      {
        kind: 'withdrawal',
        markers: [],
        earlierMarkers: ['Minimal answers', 'Changing the subject'],
        raisedBy: 'clinician',
        repairs: [],
        repairNote: 'Named the quiet between us.',
        outcome: 'partly',
      },
    ]);
    // The signed row itself is as it was signed: the text its fingerprint covers.
    expect(db.prepare('SELECT rupture, feedback FROM notes WHERE id = ?').get(SIGNED_V1)).toEqual({
      rupture: WITHDRAWAL,
      feedback: OLD_FEEDBACK,
    });
    const v2 = await call('notes:get', { id: SIGNED_V2 });
    expect(v2.signature).toEqual({ version: 2, intact: true });
    expect(v2.ruptures).toEqual([]);
    core.session.lock('quit');
  });

  it('moves each draft’s single rupture into the event list, and starts unanswered drafts on the new form', async () => {
    const { core, call } = await openMigrated();
    const db = core.session.db();
    expect(
      JSON.parse(db.prepare('SELECT rupture FROM notes WHERE id = ?').pluck().get(ANSWERED_DRAFT) as string),
    ).toEqual({
      events: [
        {
          kind: 'confrontation',
          markers: [],
          earlierMarkers: ['Questioning the tasks'],
          raisedBy: 'client',
          repairs: [],
          repairNote: '',
          outcome: 'unresolved',
        },
      ],
    });
    const answered = await call('notes:get', { id: ANSWERED_DRAFT });
    // Answers given on the earlier form stay on it.
    expect(answered.feedback.form).toBe(1);
    const empty = await call('notes:get', { id: EMPTY_DRAFT });
    expect(empty.ruptures).toEqual([]);
    expect(empty.feedback).toMatchObject({ form: 2, message: '' });

    // The list and the trend never put the two forms on one scale.
    const trend = await call('notes:alliance', { clientId: CLIENT });
    expect(
      trend.map((p) => [p.noteId, p.feedback, p.feedbackForm, p.ruptures, p.ruptureKind, p.ruptureOpen]),
    ).toEqual([
      [SIGNED_V1, 7, 1, 1, 'withdrawal', 'partly'],
      [SIGNED_V2, 7, 1, 0, 'none', 'none'],
      [ANSWERED_DRAFT, 7, 1, 1, 'confrontation', 'unresolved'],
      [EMPTY_DRAFT, null, 2, 0, 'none', 'none'],
    ]);
    expect(await call('notes:openRuptures', {})).toEqual([
      expect.objectContaining({
        noteId: ANSWERED_DRAFT,
        ruptures: 1,
        kind: 'confrontation',
        open: 'unresolved',
      }),
    ]);
    core.session.lock('quit');
  });

  it('lifts the fixed group list: item ids and groups kept, the alliance group added, own groups allowed', async () => {
    const { core, call } = await openMigrated();
    const db = core.session.db();
    const groups = await call('checklist:groups', {});
    expect(groups.map((g) => g.key)).toEqual([
      'trust',
      'empathy',
      'collaboration',
      'alliance',
      'safety',
      'authenticity',
      'growth',
      'culture',
    ]);
    const items = await call('checklist:list', {});
    expect(items.slice(0, 21).map((i) => i.id)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
    expect(items.find((i) => i.id === 7)!.group).toBe('collaboration');
    expect(items.filter((i) => i.group === 'alliance').map((i) => i.text)).toHaveLength(3);
    expect(
      db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'checklist_items'").pluck().get(),
    ).not.toMatch(/IN \('trust'/);
    expect(failedChecks(db)).toEqual([]);

    // Signing a migrated draft: a new signature in the current format, verifying too.
    const signed = await call('notes:sign', { id: ANSWERED_DRAFT });
    expect(signed.signature).toEqual({ version: 2, intact: true });
    expect(signed.ruptures).toHaveLength(1);
    expect(failedChecks(db)).toEqual([]);
    core.session.lock('quit');
  });
});
