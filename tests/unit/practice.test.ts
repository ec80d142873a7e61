import { describe, expect, it } from 'vitest';
import { NO_INSURANCE } from '../../shared/billing/insurance-contract';
import { openCore } from './support/open-core';

async function practice() {
  const core = await openCore();
  await core.call('billing:updateSettings', { currency: 'USD', timeZone: 'America/New_York' });
  const [service] = await core.call('fees:save', {
    services: [{ name: 'Psychotherapy, 45 minutes', code: '90834', durationMinutes: 45, priceMinor: 15000 }],
  });
  const { id: clientId } = await core.call('clients:createEnquiry', { chosenName: 'Nadia' });
  return { core, clientId, serviceId: service!.id };
}

describe('appointments', () => {
  it('schedules a weekly series that keeps its wall-clock time, and edits one or all following', async () => {
    const { core, clientId, serviceId } = await practice();
    const series = await core.call('appointments:create', {
      clientId,
      date: '2026-03-02',
      time: '18:00',
      durationMinutes: 45,
      modality: 'in-person',
      location: 'Room 2',
      serviceId,
      repeat: { everyWeeks: 1, count: 4 },
    });
    expect(series.map((a) => [a.localDate, a.localTime, a.startsAt])).toEqual([
      ['2026-03-02', '18:00', '2026-03-02T23:00:00Z'],
      ['2026-03-09', '18:00', '2026-03-09T22:00:00Z'],
      ['2026-03-16', '18:00', '2026-03-16T22:00:00Z'],
      ['2026-03-23', '18:00', '2026-03-23T22:00:00Z'],
    ]);
    const [first, second, third] = series;

    const moved = await core.call('appointments:update', {
      id: second!.id,
      scope: 'one',
      changes: { time: '17:00' },
    });
    expect(moved.map((a) => a.localTime)).toEqual(['17:00']);

    const following = await core.call('appointments:update', {
      id: third!.id,
      scope: 'following',
      changes: { date: '2026-03-17', time: '09:00' },
    });
    expect(following.map((a) => [a.localDate, a.localTime])).toEqual([
      ['2026-03-17', '09:00'],
      ['2026-03-24', '09:00'],
    ]);
    const all = await core.call('appointments:forClient', { clientId });
    expect(all.map((a) => `${a.localDate} ${a.localTime}`)).toEqual([
      '2026-03-02 18:00',
      '2026-03-09 17:00',
      '2026-03-17 09:00',
      '2026-03-24 09:00',
    ]);
    expect(first!.seriesId).toBe(third!.seriesId);

    const week = await core.call('appointments:range', { from: '2026-03-16', to: '2026-03-22' });
    expect(week.map((a) => a.localDate)).toEqual(['2026-03-17']);
  });

  it('records attendance, asks why a session was cancelled, and starts the note from an attended session once', async () => {
    const { core, clientId } = await practice();
    const [a, b, c] = await core.call('appointments:create', {
      clientId,
      date: '2026-04-06',
      time: '10:00',
      durationMinutes: 50,
      modality: 'video',
      repeat: { everyWeeks: 2, count: 3 },
    });
    const noReason = await core.router.call('appointments:setStatus', {
      id: b!.id,
      status: 'cancelled-late',
    });
    expect(noReason).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    await core.call('appointments:setStatus', {
      id: b!.id,
      status: 'cancelled-late',
      reason: 'Unwell, called an hour before',
    });
    await core.call('appointments:setStatus', { id: c!.id, status: 'no-show' });
    const early = await core.router.call('appointments:startNote', { id: a!.id });
    expect(early).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    await core.call('appointments:setStatus', { id: a!.id, status: 'attended' });
    const { noteId } = await core.call('appointments:startNote', { id: a!.id, format: 'DAP' });
    expect((await core.call('appointments:startNote', { id: a!.id })).noteId).toBe(noteId);
    const note = await core.call('notes:get', { id: noteId });
    expect(note).toMatchObject({
      appointmentId: a!.id,
      sessionDate: '2026-04-06',
      startTime: '10:00',
      endTime: '10:50',
      modality: 'video',
      format: 'DAP',
    });
    const listed = await core.call('appointments:forClient', { clientId });
    expect(listed.map((x) => [x.status, x.statusReason, x.noteId !== null])).toEqual([
      ['attended', '', true],
      ['cancelled-late', 'Unwell, called an hour before', false],
      ['no-show', '', false],
    ]);
  });

  it('exports an .ics without client names unless asked', async () => {
    const { core, clientId } = await practice();
    await core.call('appointments:create', {
      clientId,
      date: '2026-05-04',
      time: '12:00',
      durationMinutes: 50,
      modality: 'phone',
    });
    const plain = await core.call('calendar:exportIcs', { from: '2026-05-01', to: '2026-05-31' });
    expect(plain.count).toBe(1);
    expect(plain.ics).toContain('BEGIN:VCALENDAR');
    expect(plain.ics).toContain('DTSTART:20260504T160000Z');
    expect(plain.ics).not.toContain('Nadia');
    const named = await core.call('calendar:exportIcs', {
      from: '2026-05-01',
      to: '2026-05-31',
      includeNames: true,
    });
    expect(named.ics).toContain('Nadia');
  });
});

describe('billing', () => {
  it('invoices attended sessions and a late cancellation at the client’s fee, records payments, and keeps balances', async () => {
    const { core, clientId, serviceId } = await practice();
    await core.call('fees:setClientFee', { clientId, serviceId, slidingScalePercent: 20, note: 'Student' });
    const sessions = await core.call('appointments:create', {
      clientId,
      date: '2026-01-05',
      time: '09:00',
      durationMinutes: 45,
      modality: 'in-person',
      repeat: { everyWeeks: 1, count: 3 },
    });
    await core.call('appointments:setStatus', { id: sessions[0]!.id, status: 'attended' });
    await core.call('appointments:setStatus', {
      id: sessions[1]!.id,
      status: 'cancelled-late',
      reason: 'Forgot',
    });
    const notBillable = await core.router.call('invoices:create', {
      clientId,
      appointmentIds: [sessions[2]!.id],
    });
    expect(notBillable).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });

    const invoice = await core.call('invoices:create', {
      clientId,
      appointmentIds: [sessions[0]!.id, sessions[1]!.id],
      issuedOn: '2026-01-31',
    });
    expect(invoice).toMatchObject({
      number: '2026-0001',
      currency: 'USD',
      dueOn: '2026-02-14',
      totalMinor: 24000,
    });
    expect(invoice.lines.map((l) => [l.serviceDate, l.description, l.code, l.amountMinor])).toEqual([
      ['2026-01-05', 'Psychotherapy, 45 minutes', '90834', 12000],
      ['2026-01-12', 'Late cancellation: Psychotherapy, 45 minutes', '90834', 12000],
    ]);
    const twice = await core.router.call('invoices:create', { clientId, appointmentIds: [sessions[0]!.id] });
    expect(twice).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    await core.call('payments:record', {
      clientId,
      invoiceId: invoice.id,
      amountMinor: 10000,
      receivedOn: '2026-02-01',
      method: 'card',
    });
    const [after] = await core.call('invoices:list', { clientId });
    expect(after).toMatchObject({ paidMinor: 10000, balanceMinor: 14000 });
    expect(await core.call('billing:balances', {})).toEqual({
      currency: 'USD',
      totalMinor: 14000,
      clients: [{ clientId, chosenName: 'Nadia', balanceMinor: 14000 }],
    });
    const db = core.session.db();
    expect(() => db.prepare('UPDATE invoice_lines SET amount_minor = 1').run()).toThrow(/cannot be changed/);
    const voidPaid = await core.router.call('invoices:void', { id: invoice.id, reason: 'Oops' });
    expect(voidPaid).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('numbers invoices per year and frees sessions of a voided invoice', async () => {
    const { core, clientId, serviceId } = await practice();
    const [a] = await core.call('appointments:create', {
      clientId,
      date: '2026-02-02',
      time: '09:00',
      durationMinutes: 45,
      modality: 'video',
      serviceId,
    });
    await core.call('appointments:setStatus', { id: a!.id, status: 'attended' });
    const first = await core.call('invoices:create', {
      clientId,
      appointmentIds: [a!.id],
      issuedOn: '2026-02-03',
    });
    await core.call('invoices:void', { id: first.id, reason: 'Wrong date' });
    const second = await core.call('invoices:create', {
      clientId,
      appointmentIds: [a!.id],
      issuedOn: '2026-02-04',
    });
    expect([first.number, second.number]).toEqual(['2026-0001', '2026-0002']);
    expect((await core.call('billing:balances', {})).totalMinor).toBe(15000);
  });

  it('keeps the client’s insurance for superbills, and forgets it when every field is emptied', async () => {
    const { core, clientId } = await practice();
    expect(await core.call('insurance:get', { clientId })).toEqual(NO_INSURANCE);
    const held = {
      payer: '  Aetna ',
      memberId: 'W123456789',
      groupNumber: '',
      relationship: 'child',
      subscriberName: 'Leila Haddad',
      subscriberDateOfBirth: '1979-02-28',
    } as const;
    const saved = await core.call('insurance:set', { clientId, insurance: held });
    expect(saved).toEqual({ ...held, payer: 'Aetna' });
    expect(await core.call('insurance:get', { clientId })).toEqual(saved);

    // The client holds the policy: a policy holder typed earlier is not kept.
    const own = await core.call('insurance:set', { clientId, insurance: { ...held, relationship: 'self' } });
    expect(own).toMatchObject({ relationship: 'self', subscriberName: '', subscriberDateOfBirth: '' });

    // A bad birth date or an over-long ID is refused and changes nothing.
    for (const bad of [{ subscriberDateOfBirth: '1979-02-30' }, { memberId: 'X'.repeat(61) }]) {
      const refused = await core.router.call('insurance:set', { clientId, insurance: { ...held, ...bad } });
      expect(refused.ok || refused.error.code).toBe('VALIDATION');
    }
    expect(await core.call('insurance:get', { clientId })).toEqual(own);

    await core.call('insurance:set', { clientId, insurance: NO_INSURANCE });
    const rows = core.session.db().prepare('SELECT count(*) FROM client_insurance').pluck().get();
    expect(rows).toBe(0);
    const { entries } = await core.call('audit:list', { actionPrefix: 'client.insurance-changed' });
    expect(entries.map((e) => [e.entity, e.entityId, e.detail])).toEqual(
      Array.from({ length: 3 }, () => ['client', clientId, null]),
    );
    const unknown = await core.router.call('insurance:get', { clientId: crypto.randomUUID() });
    expect(unknown.ok || unknown.error.code).toBe('NOT_FOUND');
  });
});
