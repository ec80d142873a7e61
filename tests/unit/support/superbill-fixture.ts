import { emptyIntake } from '../../../shared/clients/intake-schema';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/contract';
import type { Modality } from '../../../shared/notes/note-formats';

type Call = <C extends Channel>(channel: C, input: ChannelInput<C>) => Promise<ChannelOutput<C>>;

export const PRACTICE = {
  clinicianName: 'Dr Ana Sofía Ríos',
  credentials: 'PsyD, Licensed Psychologist',
  licenceNumber: 'PSY 31415',
  licenceJurisdiction: 'California',
  // The example NPI of CMS's own description of the check digit.
  npi: '1234567893',
  taxId: 'EIN 12-3456789',
  practiceName: 'Harbour Light Therapy',
  address: '2100 Bay Street, Suite 4\nSan Francisco, CA 94123',
  phone: '(415) 555-0134',
  email: 'office@harbourlight.example',
  website: 'harbourlight.example',
} as const;

export const CHOSEN_NAME = 'Zoë';
export const LEGAL_NAME = 'Zoé Margarethe Nguyễn-Whitfield';
export const DATE_OF_BIRTH = '1988-04-17';
export const CLIENT_ADDRESS = '1450 Mission Street, Apt 3\nSan Francisco, CA 94103';
export const DIAGNOSES = [
  { code: 'F41.1', description: 'Generalized anxiety disorder' },
  { code: 'F33.1', description: 'Major depressive disorder, recurrent, moderate' },
] as const;

/** Held by the client's spouse, as a claim for a dependant is. */
export const INSURANCE = {
  payer: 'Blue Shield of California',
  memberId: 'XEH948271635',
  groupNumber: 'W0051872',
  relationship: 'spouse',
  subscriberName: 'Daniel Whitfield',
  subscriberDateOfBirth: '1985-09-02',
} as const;

export const PERIOD = { from: '2026-11-01', to: '2026-11-30' } as const;

/** What the November superbill must list: attended sessions only, each at what it was (or will be) charged. */
export const EXPECTED_SERVICES = [
  // Video carries modifier 95 and telephone 93; the office, none.
  {
    date: '2026-11-03',
    place: '11',
    code: '90791',
    modifier: '',
    description: 'Intake assessment',
    feeMinor: 20_000,
  },
  {
    date: '2026-11-10',
    place: '10',
    code: '90834',
    modifier: '95',
    description: 'Individual therapy',
    feeMinor: 15_000,
  },
  {
    date: '2026-11-24',
    place: '10',
    code: '90834',
    modifier: '93',
    description: 'Individual therapy',
    feeMinor: 12_000,
  },
  {
    date: '2026-11-30',
    place: '11',
    code: '90834',
    modifier: '',
    description: 'Individual therapy',
    feeMinor: 12_000,
  },
] as const;
/**
 * The client's payments towards those sessions, whenever received: the invoice's payments go to its
 * lines oldest first, so 27 October takes the 30 October cash and 150.00 of the card payment, and
 * 2 December's cash still goes to 10 November. The insurer's payment and the payment for December's
 * session (received in November) are not the client's payments for these services.
 */
export const EXPECTED_PAYMENTS = [
  { date: '2026-11-12', method: 'Card', appliedMinor: 21_000, amountMinor: 35_000 },
  { date: '2026-11-28', method: 'Bank transfer', appliedMinor: 5_000, amountMinor: 5_000 },
  { date: '2026-12-02', method: 'Cash', appliedMinor: 2_000, amountMinor: 2_000 },
] as const;
/** What the client paid towards each listed session, in the order of EXPECTED_SERVICES. */
export const EXPECTED_PAID = [20_000, 8_000, 0, 0] as const;
export const EXPECTED_TOTALS = { chargedMinor: 59_000, paidMinor: 28_000, balanceMinor: 31_000 } as const;

/** The superbill's diagnoses, recorded as the clinician would: the first primary, both confirmed. */
export async function addDiagnoses(call: Call, clientId: string): Promise<void> {
  for (const [index, d] of DIAGNOSES.entries()) {
    await call('diagnoses:add', {
      clientId,
      diagnosis: {
        system: 'icd10cm',
        code: d.code,
        title: d.description,
        rank: index === 0 ? 'primary' : 'secondary',
        status: 'confirmed',
        madeOn: '2026-10-01',
        resolvedOn: null,
        madeBy: '',
        note: '',
      },
    });
  }
}

/**
 * A practice in San Francisco with every identifier a superbill prints, and one client whose
 * November holds: an intake assessment and a video session already invoiced (and paid by card),
 * a late cancellation (not a service), a phone session and an office session not yet invoiced
 * (charged at the client's sliding-scale fee set after the invoice), December's session invoiced
 * and paid in November, an insurer's payment, and the client's payments inside and outside the month. Everything goes through the router, as the app does.
 */
export async function seedSuperbillClient(call: Call): Promise<{ clientId: string }> {
  await call('practice:update', PRACTICE);
  await call('billing:updateSettings', { currency: 'USD', timeZone: 'America/Los_Angeles' });
  const [therapy, intakeService] = await call('fees:save', {
    services: [
      { name: 'Individual therapy', code: '90834', durationMinutes: 45, priceMinor: 15_000 },
      { name: 'Intake assessment', code: '90791', durationMinutes: 60, priceMinor: 20_000 },
    ],
  });
  const { id: clientId } = await call('clients:createEnquiry', {
    chosenName: CHOSEN_NAME,
    legalName: LEGAL_NAME,
  });
  const intake = emptyIntake(CHOSEN_NAME);
  Object.assign(intake.identity, {
    legalName: LEGAL_NAME,
    dateOfBirth: DATE_OF_BIRTH,
    address: CLIENT_ADDRESS,
    phone: '(415) 555-0199',
    email: 'zoe@example.org',
  });
  await call('intake:save', { clientId, baseRevision: 0, markComplete: true, data: intake });
  await addDiagnoses(call, clientId);
  await call('insurance:set', { clientId, insurance: INSURANCE });

  const book = async (
    date: string,
    modality: Modality,
    status: 'attended' | 'cancelled-late',
    serviceId = therapy!.id,
  ) => {
    const [appointment] = await call('appointments:create', {
      clientId,
      date,
      time: '17:00',
      durationMinutes: 45,
      modality,
      serviceId,
    });
    await call('appointments:setStatus', {
      id: appointment!.id,
      status,
      reason: status === 'cancelled-late' ? 'Unwell' : '',
    });
    return appointment!.id;
  };
  const october = await book('2026-10-27', 'in-person', 'attended');
  const first = await book('2026-11-03', 'in-person', 'attended', intakeService!.id);
  const second = await book('2026-11-10', 'video', 'attended');
  await book('2026-11-17', 'in-person', 'cancelled-late');
  await book('2026-11-24', 'phone', 'attended');
  await book('2026-11-30', 'in-person', 'attended');
  const december = await book('2026-12-01', 'in-person', 'attended');

  const invoice = await call('invoices:create', {
    clientId,
    appointmentIds: [october, first, second],
    issuedOn: '2026-11-10',
  });
  // From now on this client pays 20 % less: the sessions already invoiced keep what they were charged.
  await call('fees:setClientFee', { clientId, serviceId: therapy!.id, slidingScalePercent: 20 });
  const later = await call('invoices:create', {
    clientId,
    appointmentIds: [december],
    issuedOn: '2026-11-25',
  });
  const pay = (
    receivedOn: string,
    amountMinor: number,
    method: 'card' | 'cash' | 'bank transfer' | 'insurance',
    invoiceId = invoice.id,
  ) => call('payments:record', { clientId, invoiceId, amountMinor, receivedOn, method });
  await pay('2026-10-30', 1_000, 'cash');
  await pay('2026-11-12', 35_000, 'card');
  await pay('2026-11-20', 5_000, 'insurance');
  await pay('2026-11-28', 5_000, 'bank transfer');
  await pay('2026-11-29', 12_000, 'card', later.id);
  await pay('2026-12-02', 2_000, 'cash');
  return { clientId };
}
