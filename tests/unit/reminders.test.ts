import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppCore } from '../../electron/core/router/app-core';
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/contract';
import { STRONG, TEST_KDF, tempDir } from './support/temp-vault';

/** A vault whose save dialog answers a path in a temp folder, on 2 March 2026 at 22:30 in New York. */
async function reminderCore() {
  const saveDir = tempDir();
  const clock = { now: Date.parse('2026-03-03T03:30:00Z') };
  const core = createAppCore({
    vaultDir: join(tempDir(), 'vault'),
    kdf: TEST_KDF,
    now: () => clock.now,
    summaryExport: {
      printer: { print: () => Promise.reject(new Error('No PDF here.')) },
      choosePath: async (suggested) => join(saveDir, suggested),
    },
  });
  await core.session.create(STRONG);
  async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
    const result = await core.router.call(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
    return result.value;
  }
  await call('billing:updateSettings', { timeZone: 'America/New_York' });
  await call('practice:update', { clinicianName: 'Dr Sam Rivera' });
  return { ...core, call, saveDir, clock };
}

describe('reminders for tomorrow', () => {
  it("lists tomorrow in the practice's time zone, without cancelled ones, and keeps which were sent", async () => {
    const core = await reminderCore();
    const { id: clientId } = await core.call('clients:createEnquiry', { chosenName: 'Noor Haddad' });
    const base = { clientId, durationMinutes: 50, modality: 'in-person' as const, location: 'Room 2' };
    // In New York it is still 2 March: tomorrow is the 3rd, although in UTC it already is.
    const [early] = await core.call('appointments:create', { ...base, date: '2026-03-03', time: '09:00' });
    const [late] = await core.call('appointments:create', { ...base, date: '2026-03-03', time: '21:00' });
    const [cancelled] = await core.call('appointments:create', {
      ...base,
      date: '2026-03-03',
      time: '12:00',
    });
    await core.call('appointments:create', { ...base, date: '2026-03-04', time: '09:00' });
    await core.call('appointments:create', { ...base, date: '2026-03-02', time: '23:00' });
    await core.call('appointments:setStatus', {
      id: cancelled!.id,
      status: 'cancelled-late',
      reason: 'Unwell',
    });

    const tomorrow = await core.call('reminders:tomorrow', {});
    expect(tomorrow.date).toBe('2026-03-03');
    expect(tomorrow.timeZone).toBe('America/New_York');
    expect(tomorrow.reminders.map((r) => [r.appointmentId, r.localTime, r.sentAt])).toEqual([
      [early!.id, '09:00', null],
      [late!.id, '21:00', null],
    ]);

    const sent = await core.call('reminders:markSent', { appointmentId: early!.id, sent: true });
    expect(sent.sentAt).toBe('2026-03-03T03:30:00.000Z');
    const again = await core.call('reminders:tomorrow', {});
    expect(again.reminders.map((r) => r.sentAt)).toEqual(['2026-03-03T03:30:00.000Z', null]);
    await core.call('reminders:markSent', { appointmentId: early!.id, sent: false });
    expect((await core.call('reminders:tomorrow', {})).reminders[0]!.sentAt).toBeNull();

    const audit = JSON.stringify(
      core.session.db().prepare("SELECT * FROM audit_log WHERE action LIKE 'reminder.%'").all(),
    );
    expect(audit).toContain(early!.id);
    expect(audit).not.toContain('Noor');
  });

  it('saves an .ics with its alarm, in UTC, under a name without the client, and drafts from the template', async () => {
    const core = await reminderCore();
    const { id: clientId } = await core.call('clients:createEnquiry', { chosenName: 'Noor Haddad' });
    const [appointment] = await core.call('appointments:create', {
      clientId,
      date: '2026-03-03',
      time: '09:30',
      durationMinutes: 50,
      modality: 'in-person',
      location: 'Room 2, 14 Mill Lane',
    });
    const saved = await core.call('reminders:saveIcs', { appointmentId: appointment!.id });
    expect(saved).toEqual({ status: 'saved', fileName: 'appointment-reminder-2026-03-03.ics' });
    const ics = readFileSync(join(core.saveDir, 'appointment-reminder-2026-03-03.ics'), 'utf8');
    // 09:30 in New York on 3 March (EST, UTC-5) is 14:30 UTC.
    expect(ics).toContain('DTSTART:20260303T143000Z\r\n');
    expect(ics).toContain('LOCATION:Room 2\\, 14 Mill Lane\r\n');
    expect(ics).toContain('TRIGGER:-PT1440M\r\n');
    expect(ics).not.toContain('Noor');

    const template = await core.call('reminders:setTemplate', {
      subject: 'Your appointment on {date}',
      body: 'Hi {name}, see you at {time} at {place}. {clinician}',
      nameInSubject: false,
      alarmMinutesBefore: 120,
    });
    expect(template.alarmMinutesBefore).toBe(120);
    const draft = await core.call('reminders:draft', { appointmentId: appointment!.id });
    expect(draft.subject).not.toContain('Noor');
    expect(draft.subject).toMatch(/^Your appointment on .*2026/);
    expect(draft.body).toMatch(
      /^Hi Noor Haddad, see you at .*9:30.* at Room 2, 14 Mill Lane\. Dr Sam Rivera$/,
    );

    const refused = await core.router.call('reminders:setTemplate', {
      ...template,
      subject: '{name}: {date}',
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    await core.call('reminders:setTemplate', { ...template, subject: '{name}: {date}', nameInSubject: true });
    expect((await core.call('reminders:draft', { appointmentId: appointment!.id })).subject).toMatch(
      /^Noor Haddad: /,
    );
    await core.call('reminders:saveIcs', { appointmentId: appointment!.id });
    expect(readFileSync(join(core.saveDir, 'appointment-reminder-2026-03-03.ics'), 'utf8')).toContain(
      'TRIGGER:-PT120M\r\n',
    );
  });
});
