import { describe, expect, it } from 'vitest';
import type { Note } from '../../shared/notes/note-contract';
import type { NoteFormat } from '../../shared/notes/note-formats';
import type { RuptureKind, RuptureOutcome } from '../../shared/notes/rupture-lists';
import { openCore } from './support/open-core';

async function clientWithNote(format: NoteFormat = 'DAP') {
  const core = await openCore();
  const { id: clientId } = await core.call('clients:createEnquiry', { chosenName: 'Yusuf' });
  const note = await core.call('notes:create', {
    clientId,
    sessionDate: '2026-02-03',
    startTime: '10:00',
    endTime: '10:50',
    modality: 'video',
    format,
  });
  return { core, clientId, note };
}

function content(note: Note, body: Record<string, string>, extra: Record<string, unknown> = {}) {
  return {
    sessionDate: note.sessionDate,
    startTime: note.startTime,
    endTime: note.endTime,
    modality: note.modality,
    format: note.format,
    body,
    ...extra,
  };
}

describe('session notes', () => {
  it('starts a draft with the checklist in force, and saves as the clinician types', async () => {
    const { core, note } = await clientWithNote();
    expect(note.signedAt).toBeNull();
    expect(note.checklist).toHaveLength(24);
    // The seven elements of the seed article, and Bordin's working alliance as a group of its own.
    expect(new Set(note.checklist.map((c) => c.group)).size).toBe(8);
    expect(note.checklist.filter((c) => c.group === 'alliance')).toHaveLength(3);
    const first = note.checklist[0]!;
    const saved = await core.call('notes:save', {
      id: note.id,
      baseUpdatedAt: note.updatedAt,
      content: content(
        note,
        { data: 'Talked about sleeping since the move.', plan: 'Sleep diary' },
        {
          checklist: [{ itemId: first.itemId, answer: 'observed', comment: 'Opened up about her father' }],
          feedback: { form: 2, answers: { understood: 5, mattered: 4, safe: 3 }, message: 'Thanks.' },
        },
      ),
    });
    const reread = await core.call('notes:get', { id: note.id });
    expect(reread.updatedAt).toBe(saved.updatedAt);
    expect(reread.body).toEqual({ data: 'Talked about sleeping since the move.', plan: 'Sleep diary' });
    expect(reread.checklist[0]).toMatchObject({
      answer: 'observed',
      comment: 'Opened up about her father',
      text: first.text,
    });
    expect(reread.feedback).toEqual({
      form: 2,
      answers: {
        understood: 5,
        mattered: 4,
        suited: null,
        safe: 3,
        honest: null,
        forward: null,
        respected: null,
      },
      message: 'Thanks.',
    });
  });

  it('refuses a save from a stale editor and a section that the format does not have', async () => {
    const { core, note } = await clientWithNote();
    await core.call('notes:save', {
      id: note.id,
      baseUpdatedAt: note.updatedAt,
      content: content(note, { data: 'v1' }),
    });
    const stale = await core.router.call('notes:save', {
      id: note.id,
      baseUpdatedAt: note.updatedAt,
      content: content(note, { data: 'v0 edit' }),
    });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const wrongSection = await core.router.call('notes:save', {
      id: note.id,
      baseUpdatedAt: note.updatedAt,
      content: content(note, { subjective: 'not a DAP section' }),
    });
    expect(wrongSection).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('locks a signed note in the service and in the database, keeps its fingerprint, and takes addenda', async () => {
    const { core, note } = await clientWithNote();
    const { updatedAt } = await core.call('notes:save', {
      id: note.id,
      baseUpdatedAt: note.updatedAt,
      content: content(note, { data: 'Discussed grief.' }),
    });
    const signed = await core.call('notes:sign', { id: note.id });
    expect(signed.signedAt).not.toBeNull();
    expect(signed.contentHash).toMatch(/^[0-9a-f]{64}$/);

    const edit = await core.router.call('notes:save', {
      id: note.id,
      baseUpdatedAt: signed.updatedAt,
      content: content(note, { data: 'Rewritten' }),
    });
    expect(edit).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(updatedAt).not.toBe('');

    const db = core.session.db();
    expect(() => db.prepare("UPDATE notes SET body = '{}' WHERE id = ?").run(note.id)).toThrow(/signed note/);
    expect(() => db.prepare('DELETE FROM notes WHERE id = ?').run(note.id)).toThrow(/signed note/);

    const withAddendum = await core.call('notes:addAddendum', {
      noteId: note.id,
      body: 'Correction: the session ran 55 minutes.',
    });
    expect(withAddendum.addenda).toEqual([
      expect.objectContaining({ body: 'Correction: the session ran 55 minutes.' }),
    ]);
    expect(() => db.prepare("UPDATE note_addenda SET body = 'x'").run()).toThrow(/cannot be changed/);

    const report = await core.call('integrity:check', {});
    expect(report.findings).toEqual([]);
    expect(report.checks.find((check) => check.name === 'signatures')?.detail).toMatch(/^2 signed notes/);
  });

  it('notices a signed note changed behind the app’s back', async () => {
    const { core, clientId, note } = await clientWithNote();
    await core.call('notes:sign', { id: note.id });
    const db = core.session.db();
    // Someone with the key drops the trigger and edits the record by hand.
    db.exec('DROP TRIGGER notes_signed_frozen');
    db.prepare('UPDATE notes SET body = ? WHERE id = ?').run('{"data":"forged"}', note.id);
    const report = await core.call('integrity:check', {});
    expect(report.ok).toBe(false);
    expect(report.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ check: 'signatures', record: { kind: 'note', id: note.id, clientId } }),
        expect.objectContaining({
          check: 'schema',
          record: { kind: 'schema-object', id: 'notes_signed_frozen', clientId: null },
        }),
      ]),
    );
    // The note says so itself, and so does search.
    const reread = await core.call('notes:get', { id: note.id });
    expect(reread.signature).toEqual({ version: 2, intact: false });
  });

  it('keeps the process note apart: not in the note’s search text, not in the progress note', async () => {
    const { core, note } = await clientWithNote();
    await core.call('notes:saveProcessNote', { noteId: note.id, body: 'My countertransference: irritation' });
    const reread = await core.call('notes:get', { id: note.id });
    expect(reread.processNote?.body).toBe('My countertransference: irritation');
    expect(JSON.stringify(reread.body)).not.toContain('countertransference');
    expect(await core.call('notes:search', { query: 'countertransference' })).toEqual([]);
    const [summary] = await core.call('notes:list', { clientId: note.clientId });
    expect(summary!.hasProcessNote).toBe(true);
  });

  it('GIRP: links goals, and a signed note’s ratings join the goal’s progress', async () => {
    const { core, clientId, note } = await clientWithNote('GIRP');
    const plan = await core.call('goals:saveVersion', {
      clientId,
      goals: [
        {
          clientWords: 'Sleep through',
          weight: 1,
          levels: { '-2': 'a', '-1': 'b', '0': 'c', '1': 'd', '2': 'e' },
        },
      ],
    });
    const goalKey = plan.versions[0]!.goals[0]!.goalKey;
    await core.call('notes:save', {
      id: note.id,
      baseUpdatedAt: note.updatedAt,
      content: content(
        note,
        { goal: 'Sleep', intervention: 'CBT-I', response: 'Engaged', plan: 'Diary' },
        {
          goalWork: [{ goalKey, note: 'Slept 6 h most nights', level: 0 }],
        },
      ),
    });
    const bogus = await core.router.call('notes:save', {
      id: note.id,
      baseUpdatedAt: (await core.call('notes:get', { id: note.id })).updatedAt,
      content: content(
        note,
        {},
        { goalWork: [{ goalKey: '6f1c1a57-3e44-4a55-9a3e-2c5d3f0b9e11', level: 1 }] },
      ),
    });
    expect(bogus).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    await core.call('notes:sign', { id: note.id });
    const after = await core.call('goals:get', { clientId });
    expect(after.ratings).toEqual([
      expect.objectContaining({
        goalKey,
        level: 0,
        rater: 'clinician',
        noteId: note.id,
        ratedOn: '2026-02-03',
      }),
    ]);
    expect(after.tScores.clinician).toEqual([{ date: '2026-02-03', t: 50 }]);
  });

  it('applies checklist changes to new notes only', async () => {
    const { core, clientId, note } = await clientWithNote();
    const items = await core.call('checklist:list', {});
    const [first, ...rest] = items;
    const saved = await core.call('checklist:save', {
      items: [
        { id: first!.id, group: first!.group as 'trust', text: 'Reworded trust item', active: true },
        ...rest.slice(0, 5).map((i) => ({ id: i.id, group: i.group as 'trust', text: i.text, active: true })),
        { group: 'culture', text: 'We named a difference between us openly', active: true },
      ],
    });
    expect(saved.filter((i) => i.active)).toHaveLength(7);
    const fresh = await core.call('notes:create', { clientId, sessionDate: '2026-02-10', format: 'SOAP' });
    expect(fresh.checklist.map((c) => c.text)).toContain('Reworded trust item');
    expect(fresh.checklist).toHaveLength(7);
    const old = await core.call('notes:get', { id: note.id });
    expect(old.checklist).toHaveLength(24);
    expect(old.checklist[0]!.text).toBe(first!.text);
  });

  it('shows the alliance over time and flags a clear drop and a rupture', async () => {
    const { core, clientId } = await clientWithNote();
    const sessions: [string, number, RuptureKind | null][] = [
      ['2026-01-06', 5, null],
      ['2026-01-13', 5, null],
      ['2026-01-20', 5, null],
      ['2026-01-27', 3, 'withdrawal'],
    ];
    for (const [date, feedbackValue, ruptureType] of sessions) {
      const n = await core.call('notes:create', { clientId, sessionDate: date, format: 'SOAP' });
      await core.call('notes:save', {
        id: n.id,
        baseUpdatedAt: n.updatedAt,
        content: content(
          n,
          {},
          {
            feedback: {
              form: 2,
              answers: { understood: feedbackValue, mattered: feedbackValue, safe: feedbackValue },
            },
            checklist: n.checklist.slice(0, 4).map((c, i) => ({
              itemId: c.itemId,
              answer: i < (feedbackValue > 3 ? 4 : 1) ? 'observed' : 'not-observed',
            })),
            ruptures: ruptureType
              ? [{ kind: ruptureType, markers: ['minimal'], raisedBy: 'clinician', outcome: 'partly' }]
              : [],
          },
        ),
      });
    }
    const trend = (await core.call('notes:alliance', { clientId })).filter((p) => p.date !== '2026-02-03');
    expect(trend.map((p) => [p.date, p.feedback, p.checklist, p.ruptureKind, p.ruptureOpen, p.drop])).toEqual(
      [
        ['2026-01-06', 5, 100, 'none', 'none', false],
        ['2026-01-13', 5, 100, 'none', 'none', false],
        ['2026-01-20', 5, 100, 'none', 'none', false],
        ['2026-01-27', 3, 25, 'withdrawal', 'partly', true],
      ],
    );
  });

  it('lists notes with a preview of the first section with text, following every save', async () => {
    const { core, clientId, note } = await clientWithNote('SOAP');
    const listed = async () => (await core.call('notes:list', { clientId }))[0]!;
    expect((await listed()).preview).toBe('');
    const long = `Spoke about\tthe move.\n\n  ${'Sleep is better most nights. '.repeat(10)}`;
    const first = await core.call('notes:save', {
      id: note.id,
      baseUpdatedAt: note.updatedAt,
      content: content(note, { subjective: ' \n ', objective: long }),
    });
    const expected = `Spoke about the move. ${'Sleep is better most nights. '.repeat(10)}`
      .trim()
      .slice(0, 160);
    expect((await listed()).preview).toBe(expected);
    expect(expected).toHaveLength(160);
    await core.call('notes:save', {
      id: note.id,
      baseUpdatedAt: first.updatedAt,
      content: content(note, { subjective: 'مرحبا، نام جيداً', objective: long }),
    });
    expect((await listed()).preview).toBe('مرحبا، نام جيداً');
  });
});

describe('open ruptures for Home', () => {
  it('lists each client whose latest rupture is not fully repaired', async () => {
    const core = await openCore();
    const rupture = (kind: RuptureKind, outcome: RuptureOutcome) => ({
      kind,
      markers: [kind === 'withdrawal' ? 'minimal' : 'about-me'],
      raisedBy: 'clinician' as const,
      outcome,
    });
    const write = async (clientId: string, date: string, ruptures: ReturnType<typeof rupture>[]) => {
      const n = await core.call('notes:create', { clientId, sessionDate: date, format: 'SOAP' });
      await core.call('notes:save', {
        id: n.id,
        baseUpdatedAt: n.updatedAt,
        content: content(n, {}, { ruptures }),
      });
      return n.id;
    };
    const a = (await core.call('clients:createEnquiry', { chosenName: 'Ana Silva' })).id;
    const b = (await core.call('clients:createEnquiry', { chosenName: 'Ben Ode' })).id;
    const c = (await core.call('clients:createEnquiry', { chosenName: 'Cy Moss' })).id;
    await write(a, '2026-01-05', [rupture('withdrawal', 'unresolved')]);
    const aLatest = await write(a, '2026-01-12', [
      rupture('confrontation', 'partly'),
      rupture('withdrawal', 'resolved'),
    ]);
    await write(b, '2026-01-05', [rupture('withdrawal', 'unresolved')]);
    await write(b, '2026-01-12', [rupture('withdrawal', 'resolved'), rupture('confrontation', 'resolved')]);
    await write(c, '2026-01-12', []);
    expect(await core.call('notes:openRuptures', {})).toEqual([
      {
        noteId: aLatest,
        clientId: a,
        chosenName: 'Ana Silva',
        sessionDate: '2026-01-12',
        ruptures: 2,
        kind: 'both',
        open: 'partly',
      },
    ]);
  });
});
