import { describe, expect, it } from 'vitest';
import { contactListRequest } from '../../shared/contacts/contacts-contract';
import { contactListFileName } from '../../electron/core/features/pdf/contacts-printer';
import { createRecordServices } from '../../electron/core/router/services';
import { clockedCore } from './support/clocked-core';

describe('the client contact list', () => {
  it('lists each client on record with how to reach them and their last session, and nothing clinical', async () => {
    const core = await clockedCore(Date.parse('2026-03-02T09:00:00Z'));
    await core.call('practice:update', { clinicianName: 'Dr Ana Ríos', practiceName: 'Harbour Street' });
    const { id: ada } = await core.call('clients:createEnquiry', {
      chosenName: 'Ada Moreno',
      legalName: 'Adelaida Moreno Ruiz',
      phone: '+44 20 7946 0018',
      email: 'ada@example.org',
      startAs: 'active',
      note: 'Panic at night since the move',
    });
    await core.call('clients:createEnquiry', { chosenName: 'Ben Ito', note: 'Asked about fees' });
    const note = await core.call('notes:create', { clientId: ada, sessionDate: '2026-02-23', format: 'DAP' });
    await core.call('notes:save', {
      id: note.id,
      baseUpdatedAt: note.updatedAt,
      content: {
        sessionDate: '2026-02-23',
        modality: 'in-person',
        format: 'DAP',
        body: { data: 'Spoke of the move to Leeds.' },
      },
    });
    await core.call('notes:sign', { id: note.id });

    const services = createRecordServices(() => core.session.db(), { now: () => new Date(core.clock.now) });
    const all = services.contactsPrinter.document(contactListRequest.parse({}));
    expect(all).toMatchObject({
      kind: 'contacts',
      printedOn: '2026-03-02',
      who: 'all',
      practice: { name: 'Harbour Street', clinician: 'Dr Ana Ríos' },
    });
    expect(all.contacts).toEqual([
      {
        name: 'Ada Moreno (Adelaida Moreno Ruiz)',
        phone: '+44 20 7946 0018',
        email: 'ada@example.org',
        active: true,
        lastSession: '2026-02-23',
      },
      { name: 'Ben Ito', phone: '', email: '', active: false, lastSession: '' },
    ]);
    expect(JSON.stringify(all)).not.toMatch(/Panic|fees|Leeds/);
    const active = services.contactsPrinter.document(contactListRequest.parse({ who: 'active' }));
    expect(active.contacts.map((c) => c.name)).toEqual(['Ada Moreno (Adelaida Moreno Ruiz)']);
    expect(contactListFileName('2026-03-02')).toBe('contact-list-2026-03-02.pdf');
    core.session.lock('user');
    await core.session.settled();
  });
});
