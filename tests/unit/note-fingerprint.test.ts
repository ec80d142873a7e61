import { describe, expect, it } from 'vitest';
import { noteContentHash } from '../../electron/core/db/note-fingerprint';
import { openCore } from './support/open-core';

/** The format-2 fingerprint of the row below (also recomputed by hand with Python's json and hashlib): it must never change. */
const PINNED_V2 = 'f978799e8ccae9a57cb94d9cc4983561694045ff969febe55356cea2323bb9b4';

describe('a signed note’s fingerprint', () => {
  it('is still the one notes were signed with before their records were decoded in the repository', () => {
    // A stored row and the hash Rapport gave it when the fingerprint was taken in the notes service.
    const stored = {
      id: '22222222-2222-4222-8222-222222222222',
      client_id: '11111111-1111-4111-8111-111111111111',
      appointment_id: null,
      session_date: '2025-01-01',
      start_time: '10:00',
      end_time: '10:50',
      modality: 'video',
      attendees: 'Zoë',
      format: 'SOAP',
      body: '{"subjective":"Slept badly","objective":""}',
      goal_work: '[]',
      checklist: '[{"itemId":1,"group":"trust","text":"Item 1","answer":"observed","comment":""}]',
      feedback: '{"heard":7,"focus":null}',
      rupture: '{"type":"none"}',
      created_at: '2025-01-01T10:00:00.000Z',
      signed_at: '2025-01-01T11:00:00.000Z',
      signed_by: null,
      signature_version: 1,
    };
    expect(noteContentHash(stored)).toBe('b474d4da0466a45a1f4988e98fcd8bab97d3a5f4b3f25d9523de5c389c6bc6b9');
  });

  it('in format 2 also covers when the note was signed and by whom, pinned to its value', () => {
    const stored = {
      id: '22222222-2222-4222-8222-222222222222',
      client_id: '11111111-1111-4111-8111-111111111111',
      appointment_id: null,
      session_date: '2025-01-01',
      start_time: '10:00',
      end_time: '10:50',
      modality: 'video',
      attendees: 'Zoë',
      format: 'SOAP',
      body: '{"subjective":"Slept badly","objective":""}',
      goal_work: '[]',
      checklist: '[]',
      feedback: '{}',
      rupture: '{"type":"none"}',
      created_at: '2025-01-01T10:00:00.000Z',
      signed_at: '2025-01-01T11:00:00.000Z',
      signed_by: 'Dr Amira Haddad, PsyD',
      signature_version: 2,
    };
    const pinned = noteContentHash(stored);
    expect(pinned).toBe(PINNED_V2);
    expect(noteContentHash({ ...stored, signed_by: 'Dr A. Haddad, PsyD' })).not.toBe(pinned);
    expect(noteContentHash({ ...stored, signed_at: '2025-01-01T11:00:01.000Z' })).not.toBe(pinned);
    // Format 1 ignored both, which is why it stays only for notes signed before format 2.
    expect(noteContentHash({ ...stored, signed_by: 'someone else' }, 1)).toBe(noteContentHash(stored, 1));
  });

  it('is taken over the stored text, so even a change that decodes the same shows', async () => {
    const core = await openCore();
    const { id: clientId } = await core.call('clients:createEnquiry', { chosenName: 'Yusuf' });
    const note = await core.call('notes:create', {
      clientId,
      sessionDate: '2026-03-02',
      startTime: '10:00',
      endTime: '10:50',
      format: 'DAP',
    });
    await core.call('notes:sign', { id: note.id });
    const db = core.session.db();
    const row = db.prepare('SELECT * FROM notes WHERE id = ?').get(note.id) as Parameters<
      typeof noteContentHash
    >[0] & { content_hash: string };
    expect(row.content_hash).toBe(noteContentHash(row));
    expect((await core.call('integrity:check', {})).ok).toBe(true);

    db.exec('DROP TRIGGER notes_signed_frozen');
    db.prepare('UPDATE notes SET body = ? WHERE id = ?').run('{ }', note.id);
    const changed = await core.call('notes:get', { id: note.id });
    expect(changed.body).toEqual({});
    expect(changed.signature).toEqual({ version: 2, intact: false });
    const report = await core.call('integrity:check', {});
    expect(report.findings).toContainEqual(
      expect.objectContaining({ check: 'signatures', record: { kind: 'note', id: note.id, clientId } }),
    );
    core.session.lock('user');
    // The backup of the lock runs in a worker: done before the test's folder is removed.
    await core.session.settled();
  });
});
