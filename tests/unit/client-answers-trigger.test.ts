import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/contract';
import { createAppCore } from '../../electron/core/router/app-core';
import { dumpTables } from './support/open-core';
import { STRONG, TEST_KDF, tempDir } from './support/temp-vault';

const ANSWERS = { understood: 4, mattered: 5, suited: 3, safe: 5, honest: 4, forward: 2, respected: 5 };

/** A draft note whose feedback the client gave in client mode. */
async function answeredDraft() {
  const core = createAppCore({
    vaultDir: join(tempDir(), 'vault'),
    kdf: TEST_KDF,
    now: () => Date.parse('2026-03-02T10:00:00Z'),
    tickMs: null,
  });
  await core.session.create(STRONG);
  async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
    const result = await core.router.call(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
    return result.value;
  }
  const { id: clientId } = await call('clients:createEnquiry', { chosenName: 'Amara Okafor-Lind' });
  const note = await call('notes:create', { clientId, sessionDate: '2026-03-02', format: 'DAP' });
  await call('clientMode:start', { clientId, noteId: note.id });
  await call('clientMode:submitFeedback', { answers: ANSWERS, message: 'It helped today.' });
  await call('clientMode:leave', { secret: STRONG });
  return { core, call, noteId: note.id };
}

/** Each change a raw UPDATE might make to the client's feedback, written out in full. */
const EDITS = {
  'an answer': "UPDATE notes SET feedback = json_set(feedback, '$.answers.forward', 5) WHERE id = ?",
  'an answer removed': "UPDATE notes SET feedback = json_remove(feedback, '$.answers.safe') WHERE id = ?",
  'an answer added': "UPDATE notes SET feedback = json_set(feedback, '$.answers.extra', 1) WHERE id = ?",
  'an answer emptied':
    "UPDATE notes SET feedback = json_set(feedback, '$.answers.honest', json('null')) WHERE id = ?",
  'the message': "UPDATE notes SET feedback = json_set(feedback, '$.message', 'Edited') WHERE id = ?",
  'the mark of who answered':
    "UPDATE notes SET feedback = json_remove(feedback, '$.completedByClientAt') WHERE id = ?",
  'the time they answered':
    "UPDATE notes SET feedback = json_set(feedback, '$.completedByClientAt', '2020-01-01T00:00:00Z') WHERE id = ?",
  'the form': "UPDATE notes SET feedback = json_set(feedback, '$.form', 1) WHERE id = ?",
  'the whole feedback': 'UPDATE notes SET feedback = \'{"form":2,"answers":{},"message":""}\' WHERE id = ?',
} as const;

describe('the client’s own answers in a draft note, held by the database', () => {
  it.each(Object.keys(EDITS) as (keyof typeof EDITS)[])(
    'refuses a raw UPDATE of %s, and nothing changes',
    async (what) => {
      const { core, noteId } = await answeredDraft();
      const before = dumpTables(core);
      const db = core.session.db();
      expect(() => db.prepare(EDITS[what]).run(noteId)).toThrow(/client's own answers cannot be changed/);
      expect(dumpTables(core)).toEqual(before);
    },
  );

  it('lets the draft change around them: the same answers written back in another order pass', async () => {
    const { core, call, noteId } = await answeredDraft();
    const db = core.session.db();
    const stored = db.prepare('SELECT feedback FROM notes WHERE id = ?').pluck().get(noteId) as string;
    const parsed = JSON.parse(stored) as { answers: Record<string, number> };
    const reordered = JSON.stringify({
      ...parsed,
      answers: Object.fromEntries(Object.entries(parsed.answers).reverse()),
    });
    expect(reordered).not.toBe(stored);
    db.prepare('UPDATE notes SET feedback = ?, body = \'{"data":"Clinician text"}\' WHERE id = ?').run(
      reordered,
      noteId,
    );
    const note = await call('notes:get', { id: noteId });
    expect(note.body).toEqual({ data: 'Clinician text' });
    expect(note.feedback).toMatchObject({ form: 2, answers: ANSWERS, message: 'It helped today.' });
  });

  it('leaves a clinician’s own answers free to change until the note is signed', async () => {
    const { core, call } = await answeredDraft();
    const { id: clientId } = await call('clients:createEnquiry', { chosenName: 'Jonah Reyes' });
    const note = await call('notes:create', { clientId, sessionDate: '2026-03-02', format: 'DAP' });
    const db = core.session.db();
    db.prepare(
      `UPDATE notes SET feedback = '{"form":2,"answers":{"forward":3},"message":"Said in session"}' WHERE id = ?`,
    ).run(note.id);
    db.prepare("UPDATE notes SET feedback = json_set(feedback, '$.answers.forward', 4) WHERE id = ?").run(
      note.id,
    );
    expect((await call('notes:get', { id: note.id })).feedback).toMatchObject({ answers: { forward: 4 } });
  });
});
