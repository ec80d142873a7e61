import { describe, expect, it } from 'vitest';
import { BillingService } from '../../electron/core/features/billing/billing-service';
import { openCore } from './support/open-core';

/** A practice in `timeZone` with one attended session to invoice, and a billing service whose clock is `now`. */
async function practiceAt(timeZone: string, now: string) {
  const core = await openCore();
  await core.call('billing:updateSettings', { currency: 'USD', timeZone, paymentTermsDays: 14 });
  const [service] = await core.call('fees:save', {
    services: [{ name: 'Individual therapy', code: '90834', durationMinutes: 45, priceMinor: 15_000 }],
  });
  const { id: clientId } = await core.call('clients:createEnquiry', { chosenName: 'Nadia' });
  const [session] = await core.call('appointments:create', {
    clientId,
    date: '2026-03-02',
    time: '10:00',
    durationMinutes: 45,
    modality: 'in-person',
    serviceId: service!.id,
  });
  await core.call('appointments:setStatus', { id: session!.id, status: 'attended' });
  const billing = new BillingService(
    () => core.session.db(),
    () => new Date(now),
  );
  return { core, billing, clientId, appointmentIds: [session!.id] };
}

describe('an invoice raised without a date is dated on the practice’s own calendar day', () => {
  it('late in the evening in New York, when UTC is already on the next day', async () => {
    // 22:30 on 2 March in New York is 03:30 on 3 March in UTC.
    const { core, billing, clientId, appointmentIds } = await practiceAt(
      'America/New_York',
      '2026-03-03T03:30:00Z',
    );
    const invoice = billing.createInvoice({ clientId, appointmentIds });
    expect(invoice).toMatchObject({ issuedOn: '2026-03-02', dueOn: '2026-03-16', number: '2026-0001' });
    core.session.lock('quit');
  });

  it('just after midnight in Auckland, when UTC is still on the day before', async () => {
    // 00:30 on 1 January 2027 in Auckland (summer time, UTC+13) is 11:30 on 31 December 2026 in UTC:
    // the invoice is dated, and numbered, in the new year.
    const { core, billing, clientId, appointmentIds } = await practiceAt(
      'Pacific/Auckland',
      '2026-12-31T11:30:00Z',
    );
    const invoice = billing.createInvoice({ clientId, appointmentIds });
    expect(invoice).toMatchObject({ issuedOn: '2027-01-01', dueOn: '2027-01-15', number: '2027-0001' });
    core.session.lock('quit');
  });

  it('keeps a date the clinician gave', async () => {
    const { core, billing, clientId, appointmentIds } = await practiceAt(
      'America/New_York',
      '2026-03-03T03:30:00Z',
    );
    expect(billing.createInvoice({ clientId, appointmentIds, issuedOn: '2026-03-05' }).issuedOn).toBe(
      '2026-03-05',
    );
    core.session.lock('quit');
  });
});
