import type { Note } from '../../../shared/notes/note-contract';
import type { NoteFormat } from '../../../shared/notes/note-formats';
import {
  EARLY_CANCELLATIONS,
  FEE_SCHEDULE,
  INSURERS,
  LATE_CANCELLATIONS,
  ROOMS,
  SLIDING_SCALE_NOTES,
} from './banks/practice-phrases';
import { addDays, daysBetween } from './calendar';
import type { SessionSlot } from './course-plan';
import type { DemoPerson } from './demo-person';
import { suits } from './person-profile';
import { writeConsentTemplates } from './consent-writer';
import { request, type DemoServices } from './demo-services';
import type { DemoSummary } from './demo-summary';
import type { SeededRandom } from './seeded-random';

/** The practice as a whole: its currency, time zone, fee schedule and what its bills say, set once before any client. */
export function setUpPractice(services: DemoServices, day: string): string[] {
  services.clock.set(day, '09:00');
  services.billing.updateSettings(
    request('billing:updateSettings', { currency: 'GBP', timeZone: 'Europe/London', paymentTermsDays: 14 }),
  );
  const feeIds = services.billing
    .saveServices(request('fees:save', { services: FEE_SCHEDULE.map((fee) => ({ ...fee })) }))
    .map((service) => service.id);
  services.billing.updateDocumentSettings(
    request('billing:updateDocumentSettings', {
      paymentDetails:
        'Bank transfer to Harbour Street Counselling, sort code 20-45-77, account 41829375. Please quote the invoice number.',
      taxWording: 'Psychotherapy services are exempt from VAT.',
    }),
  );
  writeConsentTemplates(services);
  // Arranged once, as a professional will is: Settings shows it and the custodian package can be printed.
  services.custodian.update(
    request('custodian:update', {
      name: 'Dr Helen Okafor',
      role: 'Counselling psychologist',
      phone: '0117 496 0732',
      email: 'helen.okafor@example.org',
      address: '3 Orchard Lane\nBristol BS8 1TE',
      instructions:
        'My partner has the spare laptop key and knows where the external backup drive is kept. Please write to current clients first, then to those seen in the last year.',
    }),
  );
  return feeIds;
}

const BILLABLE = new Set(['attended', 'cancelled-late', 'no-show']);
const UPCOMING = 6;
const MAX_SERIES = 104;

/**
 * One client's diary and ledger: each session booked, then marked attended, cancelled or missed;
 * notes started from their session as the app does; a monthly invoice for what is billable, and
 * most invoices paid.
 */
export class PracticeWriter {
  private pending: { month: string; appointmentIds: string[] } | null = null;
  private readonly booked = new Map<SessionSlot, string>();
  private readonly method: 'bank transfer' | 'card' | 'insurance';

  constructor(
    private readonly services: DemoServices,
    private readonly clientId: string,
    private readonly person: DemoPerson,
    private readonly rng: SeededRandom,
    private readonly summary: DemoSummary,
    private readonly feeIds: readonly string[],
    private readonly until: string,
  ) {
    this.method = person.profile.payBy;
  }

  /** The fee, agreed before the first session: the fee the intake records. */
  setUp(day: string): void {
    const { person } = this;
    this.services.clock.set(day, '09:00');
    const { funding } = person.profile;
    const reduced = funding === 'student' ? 50 : funding === 'sliding' ? this.rng.pick([20, 30, 40]) : 0;
    this.services.billing.setClientFee(
      request('fees:setClientFee', {
        clientId: this.clientId,
        serviceId: this.feeIds[1]!,
        slidingScalePercent: reduced,
        note: reduced ? slidingScaleNote(person) : '',
      }),
    );
    if (this.method === 'insurance') this.setUpInsurance();
  }

  /** The policy of a client who claims: their own, with a member number. */
  private setUpInsurance(): void {
    const insurance = {
      payer: this.rng.pick(INSURERS),
      memberId: String(this.rng.int(10_000_000, 99_999_999)),
      groupNumber: '',
      relationship: 'self',
      subscriberName: '',
      subscriberDateOfBirth: '',
    } as const;
    this.services.billing.setInsurance(request('insurance:set', { clientId: this.clientId, insurance }));
  }

  /**
   * Records what happened at one booked session; returns its note draft if it was attended. The
   * session is booked first if it is not yet: with the regular sessions after it as one series.
   */
  session(slots: readonly SessionSlot[], index: number, format: NoteFormat, bookedFrom: string): Note | null {
    const slot = slots[index]!;
    const { clock, schedule } = this.services;
    this.invoiceUpTo(slot.date);
    if (!this.booked.has(slot)) this.book(slots, index, bookedFrom);
    const id = this.booked.get(slot)!;
    const status =
      slot.kind === 'attended'
        ? 'attended'
        : slot.kind === 'no-show'
          ? 'no-show'
          : this.rng.chance(0.7)
            ? 'cancelled-early'
            : 'cancelled-late';
    const reason =
      status === 'cancelled-early'
        ? this.rng.pick(EARLY_CANCELLATIONS.filter((r) => suits(r, this.person.profile)))
        : status === 'cancelled-late'
          ? this.rng.pick(LATE_CANCELLATIONS)
          : '';
    clock.set(
      status === 'cancelled-early' ? addDays(slot.date, -2) : slot.date,
      status === 'attended' ? slot.end : slot.start,
    );
    schedule.setStatus(request('appointments:setStatus', { id, status, reason }));
    if (BILLABLE.has(status)) this.bill(slot.date, id);
    if (status !== 'attended') return null;
    clock.advanceMinutes(this.rng.int(3, 40));
    const { noteId } = schedule.startNote(request('appointments:startNote', { id, format }));
    return this.services.notes.get(request('notes:get', { id: noteId }).id);
  }

  /** Books a session a week ahead, with the run of regular sessions that follows it as a series. */
  private book(slots: readonly SessionSlot[], index: number, bookedFrom: string): void {
    const run = regularRun(slots, index);
    const [slot, next] = run as [SessionSlot, SessionSlot | undefined];
    const day = addDays(slot.date, -7);
    this.services.clock.set(day > bookedFrom ? day : bookedFrom, '17:30');
    const booked = this.services.schedule.create(
      request('appointments:create', {
        clientId: this.clientId,
        date: slot.date,
        time: slot.start,
        durationMinutes: minutesBetween(slot.start, slot.end),
        modality: slot.modality,
        location: slot.modality === 'in-person' ? this.rng.pick(ROOMS) : '',
        serviceId: index === 0 ? this.feeIds[0]! : null,
        ...(next ? { repeat: { everyWeeks: daysBetween(slot.date, next.date) / 7, count: run.length } } : {}),
      }),
    );
    run.forEach((s, i) => this.booked.set(s, booked[i]!.id));
    this.summary.appointments += run.length;
  }

  /** A client still in care has their next weeks booked as a weekly series. */
  bookAhead(slot: { start: string; end: string; modality: SessionSlot['modality'] }, from: string): void {
    this.services.clock.set(this.until, '17:30');
    this.services.schedule.create(
      request('appointments:create', {
        clientId: this.clientId,
        date: from,
        time: slot.start,
        durationMinutes: minutesBetween(slot.start, slot.end),
        modality: slot.modality,
        location: slot.modality === 'in-person' ? this.rng.pick(ROOMS) : '',
        repeat: { everyWeeks: 1, count: UPCOMING },
      }),
    );
    this.summary.appointments += UPCOMING;
  }

  /** The last month's invoice, once its month is over. */
  finish(): void {
    this.invoiceUpTo(addDays(this.until, 1));
  }

  private bill(day: string, appointmentId: string): void {
    const month = day.slice(0, 7);
    this.pending ??= { month, appointmentIds: [] };
    this.pending.appointmentIds.push(appointmentId);
  }

  private invoiceUpTo(day: string): void {
    if (!this.pending || day.slice(0, 7) === this.pending.month) return;
    const issuedOn = nextMonth(this.pending.month);
    const appointmentIds = this.pending.appointmentIds;
    this.pending = null;
    if (issuedOn > this.until) return;
    this.services.clock.set(issuedOn, '08:30');
    const invoice = this.services.billing.createInvoice(
      request('invoices:create', { clientId: this.clientId, appointmentIds, issuedOn }),
    );
    this.summary.invoices++;
    const receivedOn = addDays(issuedOn, this.rng.int(1, 25));
    if (receivedOn > this.until || this.rng.chance(0.04)) return;
    this.services.clock.set(receivedOn, '12:00');
    this.services.billing.recordPayment(
      request('payments:record', {
        clientId: this.clientId,
        invoiceId: invoice.id,
        amountMinor: invoice.totalMinor,
        receivedOn,
        method: this.method,
        reference: this.method === 'insurance' ? `Claim ${invoice.number}` : '',
      }),
    );
  }
}

function slidingScaleNote({ profile }: DemoPerson): string {
  if (profile.funding === 'student') return SLIDING_SCALE_NOTES[0];
  if (profile.occupation === 'between') return SLIDING_SCALE_NOTES[1];
  return profile.household.children === 'young' && !profile.household.partner
    ? SLIDING_SCALE_NOTES[2]
    : SLIDING_SCALE_NOTES[3];
}

/** The slot and the ones after it that keep the same weekly or fortnightly rhythm, time and way of meeting. */
function regularRun(slots: readonly SessionSlot[], index: number): SessionSlot[] {
  const run = [slots[index]!];
  const step = slots[index + 1] ? daysBetween(slots[index]!.date, slots[index + 1]!.date) : 0;
  if (step !== 7 && step !== 14) return run;
  for (let j = index + 1; j < slots.length && run.length < MAX_SERIES; j++) {
    const [before, slot] = [slots[j - 1]!, slots[j]!];
    const same = slot.start === before.start && slot.end === before.end && slot.modality === before.modality;
    if (!same || daysBetween(before.date, slot.date) !== step) break;
    run.push(slot);
  }
  return run;
}

function minutesBetween(start: string, end: string): number {
  const minutes = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3));
  return minutes(end) - minutes(start);
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}
