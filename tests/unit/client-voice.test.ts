import { describe, expect, it } from 'vitest';
import { answerWords, feedbackItems, readFeedback } from '../../shared/notes/feedback-forms';
import type { Note } from '../../shared/notes/note-contract';
import { openCore } from './support/open-core';

function content(note: Note, extra: Record<string, unknown>) {
  return {
    sessionDate: note.sessionDate,
    modality: note.modality,
    format: note.format,
    body: {},
    ...extra,
  };
}

async function clientWithNote() {
  const core = await openCore();
  const clientId = (await core.call('clients:createEnquiry', { chosenName: 'Amara Okafor' })).id;
  const note = await core.call('notes:create', { clientId, sessionDate: '2026-02-03', format: 'DAP' });
  return { core, clientId, note };
}

describe('client feedback forms', () => {
  it('reads answers stored before forms had numbers as form 1, under form 1’s words and scale', () => {
    const old = readFeedback({ heard: 7, focus: null, fit: 9, overall: 0 });
    expect(old).toEqual({ form: 1, answers: { heard: 7, focus: null, fit: 9, overall: 0 } });
    expect(feedbackItems(old).map((i) => [i.text, i.answer])).toEqual([
      ['I felt heard and respected', 7],
      ['We worked on what I wanted to work on', null],
      ['The way we worked suited me', 9],
      ['Overall, today’s session was right for me', 0],
    ]);
    expect(answerWords(1, 0)).toBe('0 of 10');
    // A draft kept on form 1 is written back with its form named, and reads the same.
    expect(readFeedback({ form: 1, answers: old.answers })).toEqual(old);
    expect(answerWords(2, 4)).toBe('Mostly true');
  });

  it('starts new notes on form 2, and refuses form 1 or an answer off the five-point scale', async () => {
    const { core, note } = await clientWithNote();
    expect(note.feedback).toMatchObject({ form: 2, message: '' });
    const save = (feedback: unknown) =>
      core.router.call('notes:save', {
        id: note.id,
        baseUpdatedAt: note.updatedAt,
        content: content(note, { feedback }),
      } as never);
    const onForm1 = await save({ form: 1, answers: { heard: 8 } });
    expect(onForm1.ok || onForm1.error).toMatchObject({ code: 'VALIDATION' });
    const offScale = await save({ form: 2, answers: { understood: 7 } });
    expect(offScale.ok || offScale.error).toMatchObject({ code: 'VALIDATION' });
    const fine = await save({
      form: 2,
      answers: { understood: 5, respected: 1 },
      message: 'Slower, please.',
    });
    expect(fine.ok).toBe(true);
    expect((await core.call('notes:get', { id: note.id })).feedback).toMatchObject({
      form: 2,
      answers: { understood: 5, respected: 1, safe: null },
      message: 'Slower, please.',
    });
  });
});

describe('several ruptures per session', () => {
  it('keeps each event with its markers, repairs and outcome, and refuses a marker of the wrong family', async () => {
    const { core, clientId, note } = await clientWithNote();
    const wrong = await core.router.call('notes:save', {
      id: note.id,
      baseUpdatedAt: note.updatedAt,
      content: content(note, { ruptures: [{ kind: 'withdrawal', markers: ['about-me'] }] }),
    } as never);
    expect(wrong.ok || wrong.error).toMatchObject({ code: 'VALIDATION' });
    const invented = await core.router.call('notes:save', {
      id: note.id,
      baseUpdatedAt: note.updatedAt,
      content: content(note, { ruptures: [{ kind: 'withdrawal', earlierMarkers: ['Minimal answers'] }] }),
    } as never);
    expect(invented.ok || invented.error).toMatchObject({ code: 'VALIDATION' });

    const ruptures = [
      {
        kind: 'withdrawal',
        markers: ['minimal', 'deferring'],
        raisedBy: 'clinician',
        repairs: ['explore', 'acknowledge'],
        repairNote: 'Named the quiet.',
        outcome: 'resolved',
      },
      {
        kind: 'both',
        markers: ['hopeless', 'about-progress'],
        raisedBy: 'client',
        repairs: [],
        outcome: 'unclear',
      },
    ];
    await core.call('notes:save', {
      id: note.id,
      baseUpdatedAt: note.updatedAt,
      content: content(note, { ruptures }) as never,
    });
    const stored = await core.call('notes:get', { id: note.id });
    expect(stored.ruptures).toEqual([
      { ...ruptures[0], earlierMarkers: [] },
      { ...ruptures[1], earlierMarkers: [], repairNote: '' },
    ]);
    expect((await core.call('notes:list', { clientId }))[0]).toMatchObject({
      ruptures: 2,
      ruptureKind: 'both',
    });
    const signed = await core.call('notes:sign', { id: note.id });
    expect(signed.signature).toEqual({ version: 2, intact: true });
    expect(signed.ruptures).toHaveLength(2);
    // Search finds a rupture by its words.
    expect((await core.call('notes:search', { query: 'quiet' })).map((h) => h.noteId)).toEqual([note.id]);
  });
});

describe('the clinician’s own checklist groups', () => {
  it('adds, renames and retires a group; old notes keep it and its title', async () => {
    const { core, clientId } = await clientWithNote();
    const builtIn = await core.call('checklist:groups', {});
    expect(builtIn).toHaveLength(8);
    const withOwn = await core.call('checklist:saveGroups', {
      groups: [
        ...builtIn.map((g) => ({ key: g.key, title: g.title, active: true })),
        { title: 'Family in the room' },
      ],
    });
    const own = withOwn.at(-1)!;
    expect(own).toMatchObject({ title: 'Family in the room', origin: 'clinician', active: true });

    const items = await core.call('checklist:list', {});
    await core.call('checklist:save', {
      items: [
        ...items.filter((i) => i.active).map((i) => ({ id: i.id, group: i.group, text: i.text })),
        { group: own.key, text: 'Each person present had a voice' },
      ],
    });
    const before = await core.call('notes:create', { clientId, sessionDate: '2026-02-10', format: 'SOAP' });
    expect(before.checklist.filter((c) => c.group === own.key).map((c) => c.text)).toEqual([
      'Each person present had a voice',
    ]);

    const order = (active: boolean, title: string) => [
      { key: own.key, title, active },
      ...builtIn.map((g) => ({ key: g.key, title: g.title, active: true })),
    ];
    const renamed = await core.call('checklist:saveGroups', { groups: order(true, 'Family sessions') });
    expect(renamed[0]).toMatchObject({ key: own.key, title: 'Family sessions', position: 0 });
    const retired = await core.call('checklist:saveGroups', { groups: order(false, 'Family sessions') });
    expect(retired.find((g) => g.key === own.key)).toMatchObject({ active: false, title: 'Family sessions' });

    const after = await core.call('notes:create', { clientId, sessionDate: '2026-02-17', format: 'SOAP' });
    expect(after.checklist.some((c) => c.group === own.key)).toBe(false);
    const old = await core.call('notes:get', { id: before.id });
    expect(old.checklist.filter((c) => c.group === own.key)).toHaveLength(1);

    // Built-in groups keep their names, and no group can be dropped by leaving it out.
    const renameBuiltIn = await core.router.call('checklist:saveGroups', {
      groups: order(false, 'Family sessions').map((g) => (g.key === 'trust' ? { ...g, title: 'Trust' } : g)),
    });
    expect(renameBuiltIn.ok || renameBuiltIn.error).toMatchObject({ code: 'VALIDATION' });
    const leftOut = await core.router.call('checklist:saveGroups', { groups: order(false, 'x').slice(1) });
    expect(leftOut.ok || leftOut.error).toMatchObject({ code: 'CONFLICT' });
    // A new item cannot go into a retired group.
    const intoRetired = await core.router.call('checklist:save', {
      items: [{ group: own.key, text: 'Another' }],
    });
    expect(intoRetired.ok || intoRetired.error).toMatchObject({ code: 'VALIDATION' });
  });
});
