import { describe, expect, it } from 'vitest';
import { emptyIntake } from '../../shared/clients/intake-schema';
import { addYears } from '../../shared/clients/retention';
import { dumpTables, openCore } from './support/open-core';

const NAMES = [
  'Zoë Ångström',
  'José Núñez',
  'فاطمة الزهراء',
  'שרה לוי',
  '李小龍',
  'さくら 山田',
  'अनन्या शर्मा',
  'Андрей Иванов',
  'Nguyễn Thị Minh Khai',
  'e\u0301lodie (combining)',
  'Kai 🌈🏳️‍⚧️',
  '<script>alert(1)</script>',
  "Robert'); DROP TABLE clients;--",
];

describe('clients', () => {
  it('stores and returns names in every script byte for byte, HTML and SQL included', async () => {
    const core = await openCore();
    for (const name of NAMES) {
      const { id } = await core.call('clients:createEnquiry', { chosenName: name, note: `note for ${name}` });
      const record = await core.call('clients:get', { id });
      expect(Buffer.from(record.chosenName)).toEqual(Buffer.from(name));
      expect(record.enquiryNote).toBe(`note for ${name}`);
      expect(record.intake.identity.chosenName).toBe(name);
    }
    const listed = await core.call('clients:list', {});
    expect(listed.map((c) => c.chosenName).sort()).toEqual([...NAMES].sort());
  });

  it('finds clients as you type, ignoring case and accents, in any script', async () => {
    const core = await openCore();
    for (const name of NAMES) await core.call('clients:createEnquiry', { chosenName: name });
    const find = async (search: string) =>
      (await core.call('clients:list', { search })).map((c) => c.chosenName);
    expect(await find('zoe')).toEqual(['Zoë Ångström']);
    expect(await find('ANGSTROM')).toEqual(['Zoë Ångström']);
    expect(await find('nunez')).toEqual(['José Núñez']);
    expect(await find('elodie')).toEqual(['e\u0301lodie (combining)']);
    expect(await find('nguyen thi')).toEqual(['Nguyễn Thị Minh Khai']);
    expect(await find('小龍')).toEqual(['李小龍']);
    expect(await find('الزهراء')).toEqual(['فاطمة الزهراء']);
    expect(await find('लेवी')).toEqual([]);
    expect(await find('शर्मा')).toEqual(['अनन्या शर्मा']);
    expect(await find('иванов')).toEqual(['Андрей Иванов']);
    expect(await find('%')).toEqual([]);
    expect(await find("'); DROP")).toEqual(["Robert'); DROP TABLE clients;--"]);
  });

  it('filters and sorts by status, and leaves archived clients out by default', async () => {
    const core = await openCore();
    const a = await core.call('clients:createEnquiry', { chosenName: 'Amira' });
    const b = await core.call('clients:createEnquiry', { chosenName: 'Bea' });
    await core.call('clients:createEnquiry', { chosenName: 'Cal' });
    await core.call('clients:changeStatus', { id: a.id, status: 'active' });
    await core.call('clients:changeStatus', {
      id: b.id,
      status: 'archived',
      date: '2026-01-10',
      reason: 'Moved away',
    });
    expect((await core.call('clients:list', {})).map((c) => c.chosenName)).toEqual(['Amira', 'Cal']);
    expect((await core.call('clients:list', { statuses: ['archived'] })).map((c) => c.chosenName)).toEqual([
      'Bea',
    ]);
    expect((await core.call('clients:list', { sort: 'status' })).map((c) => c.status)).toEqual([
      'active',
      'enquiry',
    ]);
  });

  it('keeps every intake change as history and refuses a save over a newer version', async () => {
    const core = await openCore();
    const { id } = await core.call('clients:createEnquiry', { chosenName: 'Zoë', email: 'zoe@example.org' });
    const first = await core.call('clients:get', { id });
    const next = structuredClone(first.intake);
    next.presenting.inOwnWords = 'I can’t sleep since the move.';
    next.cultural.addressing.religion = {
      text: 'Raised Catholic; not practising',
      preferNotToSay: false,
      relevant: true,
    };
    const saved = await core.call('intake:save', { clientId: id, baseRevision: first.revision, data: next });
    expect(saved.revision).toBe(first.revision + 1);
    expect(saved.intake.cultural.addressing.religion.relevant).toBe(true);

    const stale = await core.router.call('intake:save', {
      clientId: id,
      baseRevision: first.revision,
      data: next,
    });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    const history = await core.call('clients:history', { id });
    expect(history.map((h) => h.kind)).toEqual(['intake', 'created']);
    expect(history[0]!.changes).toEqual([
      { path: 'presenting.inOwnWords', before: '', after: 'I can’t sleep since the move.' },
      { path: 'cultural.addressing.religion.text', before: '', after: 'Raised Catholic; not practising' },
      { path: 'cultural.addressing.religion.relevant', before: false, after: true },
    ]);
  });

  it('keeps a draft across sessions until the intake is saved', async () => {
    const core = await openCore();
    const { id } = await core.call('clients:createEnquiry', { chosenName: 'Dev' });
    const draft = emptyIntake('Dev');
    draft.identity.email = 'half-typed@';
    draft.history.medications = 'Sertraline 50 mg';
    await core.call('intake:saveDraft', { clientId: id, step: 'history', baseRevision: 0, data: draft });
    core.session.lock('user');
    await core.session.unlock('quiet-otter-lantern-47');
    const reopened = await core.call('clients:get', { id });
    expect(reopened.draft).toMatchObject({ step: 'history', baseRevision: 0 });
    expect(reopened.draft!.data.history.medications).toBe('Sertraline 50 mg');
    expect(reopened.draft!.data.identity.email).toBe('half-typed@');
    expect(reopened.intake.history.medications).toBe('');

    const finalIntake = {
      ...reopened.draft!.data,
      identity: { ...reopened.draft!.data.identity, email: '' },
    };
    const saved = await core.call('intake:save', {
      clientId: id,
      baseRevision: 0,
      data: finalIntake,
      markComplete: true,
    });
    expect(saved.draft).toBeNull();
    expect(saved.intakeCompletedAt).not.toBeNull();
    expect(saved.intake.history.medications).toBe('Sertraline 50 mg');
  });

  it('discharges and archives with a date and reason, and keeps the record until its retention date', async () => {
    const core = await openCore();
    const { id } = await core.call('clients:createEnquiry', { chosenName: 'Eli' });
    const missing = await core.router.call('clients:changeStatus', { id, status: 'discharged' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const discharged = await core.call('clients:changeStatus', {
      id,
      status: 'discharged',
      date: '2026-03-31',
      reason: 'Goals met',
    });
    // Never seen, so the years count from the day the record was opened, not from the discharge.
    expect(discharged).toMatchObject({
      status: 'discharged',
      statusDate: '2026-03-31',
      retainUntil: addYears(discharged.createdAt.slice(0, 10), 7),
    });
    const db = core.session.db();
    expect(() => db.prepare('DELETE FROM clients WHERE id = ?').run(id)).toThrow(/retention/);
    expect(() => db.prepare('DELETE FROM client_changes').run()).toThrow(/append-only/);
    expect(() => db.prepare("UPDATE client_changes SET actor = 'x'").run()).toThrow(/append-only/);
    const history = await core.call('clients:history', { id });
    expect(history[0]).toMatchObject({ kind: 'status' });
    expect(history[0]!.changes).toContainEqual({ path: 'reason', before: '', after: 'Goals met' });
  });

  it('adds a client who starts now as active from today, with the change in their history', async () => {
    const core = await openCore();
    const { id: enquiry } = await core.call('clients:createEnquiry', { chosenName: 'Noor' });
    const { id: starting } = await core.call('clients:createEnquiry', {
      chosenName: 'Femi',
      startAs: 'active',
    });
    expect(await core.call('clients:get', { id: enquiry })).toMatchObject({ status: 'enquiry' });
    const record = await core.call('clients:get', { id: starting });
    expect(record.status).toBe('active');
    expect(record.statusDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const history = await core.call('clients:history', { id: starting });
    expect(history.map((change) => change.kind).sort()).toEqual(['created', 'status']);
    expect(history.find((change) => change.kind === 'status')!.changes).toContainEqual({
      path: 'status',
      before: 'enquiry',
      after: 'active',
    });
  });

  it('keeps a minor’s record until three years after they come of age', async () => {
    const core = await openCore();
    const { id } = await core.call('clients:createEnquiry', { chosenName: 'Kit' });
    const record = await core.call('clients:get', { id });
    const intake = structuredClone(record.intake);
    intake.identity.dateOfBirth = '2014-06-01';
    await core.call('intake:save', { clientId: id, baseRevision: record.revision, data: intake });
    const archived = await core.call('clients:changeStatus', {
      id,
      status: 'archived',
      date: '2026-01-15',
      reason: 'Family moved',
    });
    expect(archived.retainUntil).toBe('2035-06-01');
  });

  it('opens an intake saved under older rules: a date a stricter check now refuses, a section added since', async () => {
    const core = await openCore();
    const { id } = await core.call('clients:createEnquiry', { chosenName: 'Ines' });
    const older = emptyIntake('Ines') as unknown as Record<string, Record<string, unknown>>;
    older.identity!.dateOfBirth = '1990-02-30';
    delete older.fees;
    core.session
      .db()
      .prepare('UPDATE intakes SET data = ? WHERE client_id = ?')
      .run(JSON.stringify(older), id);
    const record = await core.call('clients:get', { id });
    expect(record.intake.identity.dateOfBirth).toBe('1990-02-30');
    expect(record.intake.fees).toEqual(emptyIntake('Ines').fees);
  });

  it('answers NOT_FOUND for an unknown client and writes nothing', async () => {
    const core = await openCore();
    const before = dumpTables(core);
    const result = await core.router.call('clients:get', { id: '6f1c1a57-3e44-4a55-9a3e-2c5d3f0b9e11' });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(dumpTables(core)).toEqual(before);
  });
});

describe('the client list’s sessions', () => {
  it('shows the last session (note or attended appointment) and the next scheduled appointment', async () => {
    const core = await openCore();
    await core.call('billing:updateSettings', { timeZone: 'UTC' });
    const { id } = await core.call('clients:createEnquiry', { chosenName: 'Rosa' });
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    expect((await core.call('clients:list', {}))[0]).toMatchObject({
      lastSession: null,
      nextAppointmentAt: null,
    });
    await core.call('notes:create', { clientId: id, sessionDate: day(-20), format: 'SOAP' });
    const [past, , future] = await core.call('appointments:create', {
      clientId: id,
      date: day(-7),
      time: '10:00',
      durationMinutes: 50,
      modality: 'video',
      repeat: { everyWeeks: 1, count: 3 },
    });
    await core.call('appointments:setStatus', { id: past!.id, status: 'attended' });
    const [row] = await core.call('clients:list', {});
    expect(row!.lastSession).toBe(day(-7));
    // The one today at 10:00 may already be past; the next is today's or next week's.
    expect([future!.startsAt, `${day(0)}T10:00:00Z`]).toContain(row!.nextAppointmentAt);
  });

  it('keeps a draft begun elsewhere when an intake is saved from an older revision', async () => {
    const core = await openCore();
    const { id } = await core.call('clients:createEnquiry', { chosenName: 'Ola' });
    const record = await core.call('clients:get', { id });
    const saved = await core.call('intake:save', { clientId: id, baseRevision: 0, data: record.intake });
    await core.call('intake:saveDraft', {
      clientId: id,
      step: 'history',
      baseRevision: 5,
      data: record.intake,
    });
    await core.call('intake:save', { clientId: id, baseRevision: saved.revision, data: record.intake });
    expect((await core.call('clients:get', { id })).draft).not.toBeNull();
  });
});
