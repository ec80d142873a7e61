import { describe, expect, it } from 'vitest';
import { practiceWithSignedNote } from './support/amendment-fixture';

/** A client with a signed note and a request about it, denied on 2 March without any statement. */
async function deniedBare() {
  const { core, clientId, noteId, later } = await practiceWithSignedNote('Seemed angry.');
  const logged = await core.call('amendments:log', {
    clientId,
    receivedOn: '2026-03-01',
    noteIds: [noteId],
    requestedChange: 'Take out that I was angry.',
  });
  await core.call('amendments:deny', {
    id: logged.id,
    decidedOn: '2026-03-02',
    denialReason: 'The note records what was observed.',
  });
  return { core, clientId, noteId, id: logged.id, later };
}

const FROZEN = /decided amendment request cannot be changed/;

describe('a statement of disagreement after the denial', () => {
  it('is added once, dated, beside the denied request; the rebuttal follows it once; both audited by id', async () => {
    const { core, clientId, noteId, id, later } = await deniedBare();
    await expect(
      core.call('amendments:addRebuttal', { id, rebuttal: 'Observed twice.', rebuttalOn: '2026-03-02' }),
    ).rejects.toThrow(/CONFLICT .*statement first/);

    later(20);
    await expect(
      core.call('amendments:addDisagreement', {
        id,
        disagreement: 'I was tired.',
        disagreementOn: '2026-03-01',
      }),
    ).rejects.toThrow(/VALIDATION .*between the denial and today/);
    await expect(
      core.call('amendments:addDisagreement', {
        id,
        disagreement: 'I was tired.',
        disagreementOn: '2026-03-23',
      }),
    ).rejects.toThrow(/VALIDATION/);
    const withStatement = await core.call('amendments:addDisagreement', {
      id,
      disagreement: 'I was tired, not angry.',
      disagreementOn: '2026-03-20',
    });
    expect(withStatement.decision).toEqual({
      outcome: 'denied',
      decidedOn: '2026-03-02',
      denialReason: 'The note records what was observed.',
      disagreement: 'I was tired, not angry.',
      disagreementOn: '2026-03-20',
      rebuttal: '',
      rebuttalOn: null,
    });
    expect(await core.call('amendments:forNote', { noteId })).toEqual([withStatement]);
    await expect(
      core.call('amendments:addDisagreement', {
        id,
        disagreement: 'And another.',
        disagreementOn: '2026-03-21',
      }),
    ).rejects.toThrow(/CONFLICT .*already kept/);

    await expect(
      core.call('amendments:addRebuttal', { id, rebuttal: 'Observed twice.', rebuttalOn: '2026-03-19' }),
    ).rejects.toThrow(/VALIDATION .*statement and today/);
    const answered = await core.call('amendments:addRebuttal', {
      id,
      rebuttal: 'The client raised their voice twice.',
      rebuttalOn: '2026-03-22',
    });
    expect(answered.decision).toMatchObject({
      disagreement: 'I was tired, not angry.',
      rebuttal: 'The client raised their voice twice.',
      rebuttalOn: '2026-03-22',
    });
    await expect(
      core.call('amendments:addRebuttal', { id, rebuttal: 'Again.', rebuttalOn: '2026-03-22' }),
    ).rejects.toThrow(/CONFLICT .*already kept/);
    expect(await core.call('amendments:list', { clientId })).toEqual([answered]);

    const audit = core.session
      .db()
      .prepare("SELECT action, entity_id AS entityId, detail FROM audit_log WHERE action LIKE 'amendment.%'")
      .all() as { action: string; entityId: string; detail: string | null }[];
    expect(audit.map((a) => a.action)).toEqual([
      'amendment.logged',
      'amendment.denied',
      'amendment.disagreement_added',
      'amendment.rebuttal_added',
    ]);
    const written = JSON.stringify(audit);
    for (const words of ['tired', 'voice', 'Ada']) expect(written).not.toContain(words);
  });

  it('is refused on a request still open or accepted', async () => {
    const { core, clientId, noteId } = await deniedBare();
    const open = await core.call('amendments:log', {
      clientId,
      receivedOn: '2026-03-02',
      noteIds: [noteId],
      requestedChange: 'Another change.',
    });
    await expect(
      core.call('amendments:addDisagreement', {
        id: open.id,
        disagreement: 'No.',
        disagreementOn: '2026-03-02',
      }),
    ).rejects.toThrow(/CONFLICT .*Only a denied request/);
    expect(
      (await core.call('amendments:list', { clientId })).find((r) => r.id === open.id)?.decision,
    ).toBeNull();
  });
});

describe('the trigger on a decided request, in raw SQL', () => {
  it('lets through only the first statement, dated from the denial, then only the first rebuttal after it', async () => {
    const { core, id } = await deniedBare();
    const db = core.session.db();
    const before = db.prepare('SELECT * FROM amendment_requests WHERE id = ?').get(id);

    expect(() =>
      db.prepare('UPDATE amendment_requests SET denial_reason = ? WHERE id = ?').run('Another reason', id),
    ).toThrow(FROZEN);
    expect(() =>
      db
        .prepare('UPDATE amendment_requests SET decision = ?, decided_on = ? WHERE id = ?')
        .run('accepted', '2026-03-02', id),
    ).toThrow(FROZEN);
    expect(() =>
      db.prepare('UPDATE amendment_requests SET requested_change = ? WHERE id = ?').run('Something else', id),
    ).toThrow(FROZEN);
    expect(() =>
      db
        .prepare('UPDATE amendment_requests SET disagreement = ?, disagreement_on = ? WHERE id = ?')
        .run('Too early.', '2026-03-01', id),
    ).toThrow(FROZEN);
    expect(() =>
      db
        .prepare('UPDATE amendment_requests SET disagreement = ?, disagreement_on = ? WHERE id = ?')
        .run('   ', '2026-03-05', id),
    ).toThrow(FROZEN);
    expect(() =>
      db.prepare('UPDATE amendment_requests SET disagreement = ? WHERE id = ?').run('Undated.', id),
    ).toThrow(FROZEN);
    expect(() =>
      db
        .prepare('UPDATE amendment_requests SET rebuttal = ?, rebuttal_on = ? WHERE id = ?')
        .run('Nothing to answer.', '2026-03-05', id),
    ).toThrow(FROZEN);
    expect(() =>
      db
        .prepare(
          'UPDATE amendment_requests SET disagreement = ?, disagreement_on = ?, denial_reason = ? WHERE id = ?',
        )
        .run('Mine.', '2026-03-05', 'Changed', id),
    ).toThrow(FROZEN);
    expect(() =>
      db
        .prepare(
          'UPDATE amendment_requests SET disagreement = ?, disagreement_on = ?, rebuttal = ?, rebuttal_on = ? WHERE id = ?',
        )
        .run('Mine.', '2026-03-05', 'Both.', '2026-03-05', id),
    ).toThrow(FROZEN);
    expect(() => db.prepare('DELETE FROM amendment_requests WHERE id = ?').run(id)).toThrow(FROZEN);
    expect(db.prepare('SELECT * FROM amendment_requests WHERE id = ?').get(id)).toEqual(before);

    db.prepare(
      'UPDATE amendment_requests SET disagreement = ?, disagreement_on = ?, updated_at = ? WHERE id = ?',
    ).run('Mine.', '2026-03-05', 'later', id);
    expect(() =>
      db.prepare('UPDATE amendment_requests SET disagreement = ? WHERE id = ?').run('Mine, rewritten.', id),
    ).toThrow(FROZEN);
    expect(() =>
      db.prepare('UPDATE amendment_requests SET disagreement_on = ? WHERE id = ?').run('2026-03-06', id),
    ).toThrow(FROZEN);
    expect(() =>
      db
        .prepare('UPDATE amendment_requests SET rebuttal = ?, rebuttal_on = ? WHERE id = ?')
        .run('Before it.', '2026-03-04', id),
    ).toThrow(FROZEN);

    db.prepare('UPDATE amendment_requests SET rebuttal = ?, rebuttal_on = ? WHERE id = ?').run(
      'Answered.',
      '2026-03-06',
      id,
    );
    expect(() =>
      db.prepare('UPDATE amendment_requests SET rebuttal = ? WHERE id = ?').run('Answered again.', id),
    ).toThrow(FROZEN);
    expect(() =>
      db
        .prepare('UPDATE amendment_requests SET rebuttal = ?, rebuttal_on = ? WHERE id = ?')
        .run('', null, id),
    ).toThrow(FROZEN);
    expect(db.prepare('SELECT disagreement, rebuttal FROM amendment_requests WHERE id = ?').get(id)).toEqual({
      disagreement: 'Mine.',
      rebuttal: 'Answered.',
    });
  });

  it('keeps an accepted request wholly frozen', async () => {
    const { core, clientId } = await deniedBare();
    const logged = await core.call('amendments:log', {
      clientId,
      receivedOn: '2026-03-02',
      recordPart: 'Intake: name',
      requestedChange: 'Spell my name Adah.',
    });
    await core.call('amendments:accept', { id: logged.id, decidedOn: '2026-03-02' });
    const db = core.session.db();
    expect(() =>
      db
        .prepare('UPDATE amendment_requests SET disagreement = ?, disagreement_on = ? WHERE id = ?')
        .run('Mine.', '2026-03-05', logged.id),
    ).toThrow(FROZEN);
    expect(() =>
      db
        .prepare('UPDATE amendment_requests SET rebuttal = ?, rebuttal_on = ? WHERE id = ?')
        .run('Answer.', '2026-03-05', logged.id),
    ).toThrow(FROZEN);
  });
});
