import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../electron/tools/demo/seed-demo';
import { practiceWithSignedNote } from './support/amendment-fixture';
import { openCore } from './support/open-core';

const practiceWithNote = () => practiceWithSignedNote('Spoke of the move to Leeds in 2021.');

describe('amendment requests', () => {
  it('runs a 60-day clock, extends once to 90, and shows on Home from ten days out and when overdue', async () => {
    const { core, clientId, noteId, later } = await practiceWithNote();
    const logged = await core.call('amendments:log', {
      clientId,
      receivedOn: '2026-03-02',
      noteIds: [noteId],
      requestedChange: 'The move was in 2019, not 2021.',
      reason: 'The date is wrong.',
    });
    expect(logged.deadline).toBe('2026-05-01');
    expect(logged.notes).toEqual([{ noteId, sessionDate: '2026-02-23', addendumId: null }]);
    expect(await core.call('amendments:due', {})).toEqual([]);

    later(50); // 21 April: ten days left
    const due = await core.call('amendments:due', {});
    expect(due).toEqual([
      expect.objectContaining({
        id: logged.id,
        chosenName: 'Ada Moreno',
        deadline: '2026-05-01',
        daysLeft: 10,
      }),
    ]);

    const extended = await core.call('amendments:extend', {
      id: logged.id,
      reason: 'Waiting for the earlier clinic file.',
      clientToldOn: '2026-04-21',
    });
    expect(extended.deadline).toBe('2026-05-31');
    expect(extended.extension).toEqual({
      extendedOn: '2026-04-21',
      reason: 'Waiting for the earlier clinic file.',
      clientToldOn: '2026-04-21',
    });
    expect(await core.call('amendments:due', {})).toEqual([]);
    await expect(
      core.call('amendments:extend', { id: logged.id, reason: 'Again', clientToldOn: '2026-04-21' }),
    ).rejects.toThrow(/CONFLICT .*one extension/);

    later(42); // 2 June: a day overdue
    expect(await core.call('amendments:due', {})).toEqual([
      expect.objectContaining({ id: logged.id, extended: true, daysLeft: -2 }),
    ]);
  });

  it('refuses an extension once the first 60 days have passed, or with the client told before the request', async () => {
    const { core, clientId } = await practiceWithNote();
    const logged = await core.call('amendments:log', {
      clientId,
      receivedOn: '2025-12-31',
      recordPart: 'The intake history',
      requestedChange: 'Remove the line about my brother.',
    });
    await expect(
      core.call('amendments:extend', { id: logged.id, reason: 'More time', clientToldOn: '2026-03-01' }),
    ).rejects.toThrow(/CONFLICT .*60 days/);
    const fresh = await core.call('amendments:log', {
      clientId,
      receivedOn: '2026-02-20',
      recordPart: 'The intake history',
      requestedChange: 'Remove the line about my sister.',
    });
    await expect(
      core.call('amendments:extend', { id: fresh.id, reason: 'More time', clientToldOn: '2026-02-19' }),
    ).rejects.toThrow(/VALIDATION/);
  });

  it('accepting signs an addendum on the note and links it; the decided request is then frozen', async () => {
    const { core, clientId, noteId } = await practiceWithNote();
    const logged = await core.call('amendments:log', {
      clientId,
      receivedOn: '2026-03-01',
      noteIds: [noteId],
      requestedChange: 'The move was in 2019.',
    });
    await expect(
      core.call('amendments:accept', { id: logged.id, decidedOn: '2026-03-02', addendum: ' ' }),
    ).rejects.toThrow(/VALIDATION/);
    const accepted = await core.call('amendments:accept', {
      id: logged.id,
      decidedOn: '2026-03-02',
      addendum: 'Amended at the client’s request: the move was in 2019.',
    });
    const note = await core.call('notes:get', { id: noteId });
    expect(note.addenda).toHaveLength(1);
    expect(accepted.decision).toEqual({ outcome: 'accepted', decidedOn: '2026-03-02' });
    expect(accepted.notes[0]!.addendumId).toBe(note.addenda[0]!.id);
    expect(note.addenda[0]!.signature.intact).toBe(true);

    await expect(
      core.call('amendments:deny', { id: logged.id, decidedOn: '2026-03-02', denialReason: 'No' }),
    ).rejects.toThrow(/CONFLICT/);
    const db = core.session.db();
    expect(() =>
      db.prepare("UPDATE amendment_requests SET reason = 'x' WHERE id = ?").run(logged.id),
    ).toThrow(/decided amendment request cannot be changed/);
    expect(() => db.prepare('DELETE FROM amendment_requests WHERE id = ?').run(logged.id)).toThrow(
      /decided amendment request cannot be changed/,
    );
    expect(() =>
      db.prepare('DELETE FROM amendment_request_notes WHERE request_id = ?').run(logged.id),
    ).toThrow(/decided amendment request cannot be changed/);
    expect(() =>
      db.prepare('UPDATE amendment_request_notes SET addendum_id = NULL WHERE request_id = ?').run(logged.id),
    ).toThrow(/decided amendment request cannot be changed/);
  });

  it('denying keeps the reason, the disagreement and the rebuttal beside the note, and audits ids only', async () => {
    const { core, clientId, noteId } = await practiceWithNote();
    const logged = await core.call('amendments:log', {
      clientId,
      receivedOn: '2026-03-01',
      noteIds: [noteId],
      requestedChange: 'Take out that I was angry.',
      reason: 'I was not angry, I was tired.',
    });
    await expect(
      core.call('amendments:deny', {
        id: logged.id,
        decidedOn: '2026-03-02',
        denialReason: 'The note is accurate.',
        disagreement: 'I disagree.',
      }),
    ).rejects.toThrow(/VALIDATION .*date/);
    const denied = await core.call('amendments:deny', {
      id: logged.id,
      decidedOn: '2026-03-02',
      denialReason: 'The note records what was observed.',
      disagreement: 'I was tired, not angry.',
      disagreementOn: '2026-03-02',
      rebuttal: 'The client raised their voice twice.',
    });
    expect(denied.decision).toEqual({
      outcome: 'denied',
      decidedOn: '2026-03-02',
      denialReason: 'The note records what was observed.',
      disagreement: 'I was tired, not angry.',
      disagreementOn: '2026-03-02',
      rebuttal: 'The client raised their voice twice.',
      rebuttalOn: '2026-03-02',
    });
    expect(await core.call('amendments:forNote', { noteId })).toEqual([denied]);
    expect((await core.call('notes:get', { id: noteId })).addenda).toEqual([]);
    expect(await core.call('amendments:list', { clientId })).toEqual([denied]);

    const audit = core.session
      .db()
      .prepare("SELECT action, entity_id AS entityId, detail FROM audit_log WHERE action LIKE 'amendment.%'")
      .all() as { action: string; entityId: string; detail: string }[];
    expect(audit.map((a) => a.action)).toEqual(['amendment.logged', 'amendment.denied']);
    const written = JSON.stringify(audit);
    for (const words of ['angry', 'tired', 'observed', 'voice', 'Ada']) expect(written).not.toContain(words);
  });

  it('refuses a note of another client, a request from the future, and one that names nothing', async () => {
    const { core, clientId } = await practiceWithNote();
    const { id: other } = await core.call('clients:createEnquiry', { chosenName: 'Other' });
    const noteId = (await core.call('notes:list', { clientId }))[0]!.id;
    await expect(
      core.call('amendments:log', {
        clientId: other,
        receivedOn: '2026-03-01',
        noteIds: [noteId],
        requestedChange: 'x',
      }),
    ).rejects.toThrow(/NOT_FOUND/);
    await expect(
      core.call('amendments:log', {
        clientId,
        receivedOn: '2026-03-09',
        noteIds: [noteId],
        requestedChange: 'x',
      }),
    ).rejects.toThrow(/VALIDATION/);
    await expect(
      core.call('amendments:log', { clientId, receivedOn: '2026-03-01', requestedChange: 'x' }),
    ).rejects.toThrow(/VALIDATION/);
    expect(await core.call('amendments:list', { clientId })).toEqual([]);
  });

  it('the demo practice holds a denied request with both statements and an open one near its deadline', async () => {
    const core = await openCore();
    seedDemo(core.session.db(), { clients: 6, years: 1, seed: 'amend', until: '2026-03-01' });
    const rows = core.session
      .db()
      .prepare(
        'SELECT decision, disagreement, rebuttal, extended_on AS extendedOn FROM amendment_requests ORDER BY received_on',
      )
      .all() as {
      decision: string | null;
      disagreement: string;
      rebuttal: string;
      extendedOn: string | null;
    }[];
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ decision: 'denied', extendedOn: '2026-01-30' });
    expect(rows[0]!.disagreement).not.toBe('');
    expect(rows[0]!.rebuttal).not.toBe('');
    expect(rows[1]!.decision).toBeNull();
  });
});
