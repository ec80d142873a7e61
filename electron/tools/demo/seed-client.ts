import type { ClientStatus } from '../../../shared/clients/client-status';
import type { Note } from '../../../shared/notes/note-contract';
import type { NoteFormat } from '../../../shared/notes/note-formats';
import { AllianceDrift } from './alliance-drift';
import { ADDENDA, EXPOSURE_ADDENDUM, MEDICATION_ADDENDUM, PROCESS_NOTES } from './banks/note-phrases';
import { INTAKE } from './banks/intake-phrases';
import { addDays, daysBetween } from './calendar';
import { planCourse, type CoursePlan, type SessionSlot } from './course-plan';
import { makePerson, type DemoPerson } from './demo-person';
import { request, type DemoServices } from './demo-services';
import { count, type DemoSummary } from './demo-summary';
import { signAtIntake } from './consent-writer';
import { DiagnosisWriter } from './diagnosis-writer';
import { GoalPlanWriter } from './goal-plan-writer';
import { levelAt } from './goal-tracks';
import { writeIntake } from './intake-writer';
import { personSlots, writeNote } from './note-writer';
import { suits } from './person-profile';
import { fill } from './phrase-filler';
import { PracticeWriter } from './practice-writer';
import { MeasureWriter } from './measure-writer';
import { RiskReviewWriter } from './risk-review-writer';
import { SafetyPlanWriter } from './safety-plan-writer';
import type { SeededRandom } from './seeded-random';

const FORMAT_WEIGHTS = [
  ['SOAP', 3],
  ['DAP', 3],
  ['BIRP', 2],
  ['GIRP', 2],
] as const;
const PAUSE_REASONS = [
  'Client asked for a break over exams.',
  'Travelling to see family.',
  'Looking after a parent after an operation.',
  'Money is tight this month.',
];
const ENDINGS = [
  'Goals met; ending agreed together.',
  'Moved away; referred to a colleague in the new area.',
  'Client chose to stop; felt ready.',
  'Stopped attending; closing letter sent after two attempts to make contact.',
  'Referred on to a specialist service.',
  'Funding ended; client may return privately later.',
];

function officeTime(rng: SeededRandom): string {
  return `${String(rng.int(8, 18)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`;
}

interface ClientContext {
  services: DemoServices;
  rng: SeededRandom;
  summary: DemoSummary;
  until: string;
  clientId: string;
  person: DemoPerson;
  practice: PracticeWriter;
}

/**
 * Writes one client's whole story through the services, in the order a clinician would have:
 * enquiry, waitlist, intake, goals, sessions with notes, reviews, pauses, ending and archive.
 * The caller wraps it in a transaction.
 */
export function seedClient(
  services: DemoServices,
  rng: SeededRandom,
  index: number,
  practice: { window: { from: string; until: string }; feeIds: readonly string[] },
  summary: DemoSummary,
): void {
  const { window } = practice;
  const plan = planCourse(rng, window.from, window.until);
  const firstSession = plan.slots.find((s) => s.kind === 'attended')?.date ?? plan.enquiryOn;
  const person = makePerson(rng, index, plan.enquiryOn, firstSession);
  const { clock, clients } = services;
  clock.set(plan.enquiryOn, officeTime(rng));
  const { id: clientId } = clients.createEnquiry(
    request('clients:createEnquiry', {
      chosenName: person.chosenName,
      legalName: person.legalName,
      email: person.email,
      phone: person.phone,
      referralSource: person.referral,
      note: rng.pick(INTAKE.enquiry),
    }),
  );
  summary.clients++;
  const context: ClientContext = {
    services,
    rng,
    summary,
    until: window.until,
    clientId,
    person,
    practice: new PracticeWriter(services, clientId, person, rng, summary, practice.feeIds, window.until),
  };
  if (plan.waitlistOn) changeStatus(context, plan.waitlistOn, 'waitlist', '');
  const notes = plan.slots.some((s) => s.kind === 'attended')
    ? writeSessions(context, plan)
    : startDraft(context, plan.waitlistOn !== null);
  summary.mostNotesForOneClient = Math.max(summary.mostNotesForOneClient, notes.written);
  count(summary.byStatus, notes.status);
}

/** A reason that fits the client's life, from a list written for anyone. */
function reasonFor(context: ClientContext, reasons: readonly string[]): string {
  return context.rng.pick(reasons.filter((reason) => suits(reason, context.person.profile)));
}

function changeStatus(
  context: ClientContext,
  day: string,
  status: 'waitlist' | 'active' | 'paused' | 'discharged' | 'archived',
  reason: string,
): void {
  context.services.clock.set(day, officeTime(context.rng));
  context.services.clients.changeStatus(
    request('clients:changeStatus', { id: context.clientId, status, date: day, reason }),
  );
}

interface Written {
  written: number;
  status: ClientStatus;
}

/** Someone still waiting: half of them have begun an intake form, saved as a draft. */
function startDraft({ services, rng, clientId, person }: ClientContext, waiting: boolean): Written {
  if (rng.chance(0.5)) {
    services.clients.saveDraft(
      request('intake:saveDraft', {
        clientId,
        step: 'presenting',
        baseRevision: 0,
        data: {
          identity: { chosenName: person.chosenName, pronouns: person.pronouns },
          presenting: { inOwnWords: rng.pick(person.themes[0]!.ownWords) },
        },
      }),
    );
  }
  return { written: 0, status: waiting ? 'waitlist' : 'enquiry' };
}

function writeSessions(context: ClientContext, plan: CoursePlan): Written {
  const { services, rng, clientId, person, practice } = context;
  const goals = new GoalPlanWriter(services, clientId, person, rng, context.summary);
  const diagnoses = new DiagnosisWriter(services, clientId, person);
  const safetyPlan = new SafetyPlanWriter(services, clientId, person);
  const alliance = new AllianceDrift(rng);
  const risk = new RiskReviewWriter(services, clientId, person, plan.slots.length);
  const measures = new MeasureWriter(services, clientId, person, plan.slots.length);
  const primary = rng.weighted(FORMAT_WEIGHTS);
  const pauses = [...plan.pauses];
  const firstBooking = addDays(plan.slots[0]!.date, -7);
  practice.setUp(firstBooking > plan.enquiryOn ? firstBooking : plan.enquiryOn);
  // Consent to video and phone sessions is taken at intake whenever the course will need it.
  const telehealth = plan.slots.some((s) => s.modality !== 'in-person') || rng.chance(0.4);
  let number = 0;
  for (const [index, slot] of plan.slots.entries()) {
    while (pauses[0] && pauses[0].from < slot.date) {
      const pause = pauses.shift()!;
      changeStatus(context, pause.from, 'paused', reasonFor(context, PAUSE_REASONS));
      changeStatus(context, slot.date, 'active', '');
    }
    const format: NoteFormat = rng.chance(0.08) ? rng.weighted(FORMAT_WEIGHTS) : primary;
    const draft = practice.session(plan.slots, index, format, plan.enquiryOn);
    if (!draft) continue;
    if (number === 0) {
      services.clock.advanceMinutes(rng.int(10, 90));
      const intake = writeIntake(person, slot.date, telehealth, rng);
      signAtIntake(services, clientId, person, slot.date, telehealth);
      services.clients.saveIntake(
        request('intake:save', { clientId, baseRevision: 0, markComplete: true, data: intake }),
      );
      risk.atIntake(slot.date);
      measures.atIntake(slot.date);
      changeStatus(context, slot.date, 'active', '');
      diagnoses.assess(slot.date);
      if (safetyPlan.needed) safetyPlan.start(slot.date);
    }
    if (number === 3) diagnoses.confirmMain();
    if (number === 1) goals.start(number, slot.date);
    else if (number > 1 && number % 26 === 1) goals.revise(number, slot.date);
    if (goals.started && number > 1 && number % 6 === 0) goals.review(number, slot.date, format !== 'GIRP');
    if (safetyPlan.needed && number === 8) safetyPlan.review(slot.date);
    const isLast = plan.ending !== null && slot === plan.slots.findLast((s) => s.kind === 'attended');
    measures.atSession(number, slot.date, risk.raisedAt(number));
    writeSession(context, slot, draft, { number, isLast, alliance, goals, risk });
    number++;
  }
  practice.finish();
  const pending = pauses.find((p) => p.from <= context.until);
  if (plan.ending) {
    diagnoses.resolveAtEnd(plan.ending.on);
    changeStatus(context, plan.ending.on, 'discharged', reasonFor(context, ENDINGS));
  } else if (pending) changeStatus(context, pending.from, 'paused', reasonFor(context, PAUSE_REASONS));
  if (plan.archivedOn)
    changeStatus(
      context,
      plan.archivedOn,
      'archived',
      'No contact for over a year; kept until the retention date.',
    );
  const status = plan.archivedOn ? 'archived' : plan.ending ? 'discharged' : pending ? 'paused' : 'active';
  if (status === 'active') {
    const last = plan.slots.at(-1)!;
    let next = last.date;
    while (next <= context.until) next = addDays(next, 7);
    practice.bookAhead(last, next);
  }
  return { written: number, status };
}

function writeSession(
  context: ClientContext,
  slot: SessionSlot,
  draft: Note,
  session: {
    number: number;
    isLast: boolean;
    alliance: AllianceDrift;
    goals: GoalPlanWriter;
    risk: RiskReviewWriter;
  },
): void {
  const { services, rng, summary, person } = context;
  const { clock, notes } = services;
  const ruptureKind = session.alliance.step(rng);
  const resolved = rng.weighted([
    ['yes', 6],
    ['partly', 3],
    ['no', 1],
  ] as const);
  const events = ruptureKind && rng.chance(0.2) ? 2 : 1;
  if (ruptureKind) {
    session.alliance.repaired(resolved);
    summary.ruptures += events;
  }
  const content = writeNote(
    {
      person: session.risk.personFor(session.number),
      theme: rng.pick(person.themes),
      date: slot.date,
      start: slot.start,
      end: slot.end,
      modality: slot.modality,
      format: draft.format,
      number: session.number,
      kind: session.number === 0 ? 'first' : session.isLast ? 'last' : 'ongoing',
      alliance: session.alliance.value,
      rupture: ruptureKind ? { kind: ruptureKind, resolved, events } : null,
      goals: session.goals.active().map((track) => ({
        goalKey: track.goalKey!,
        clientWords: track.template.clientWords,
        level: rng.chance(0.7) ? levelAt(track, session.number, rng, 'clinician') : null,
      })),
      checklist: draft.checklist,
    },
    rng,
  );
  clock.advanceMinutes(rng.int(4, 15));
  notes.save(request('notes:save', { id: draft.id, baseUpdatedAt: draft.updatedAt, content }));
  session.risk.inNote(session.number, draft.id, slot.date);
  count(summary.byFormat, draft.format);
  summary.notes++;
  const slots = personSlots(person, rng.pick(person.themes), rng);
  if (rng.chance(0.12)) {
    notes.saveProcessNote(
      request('notes:saveProcessNote', { noteId: draft.id, body: fill(rng.pick(PROCESS_NOTES), rng, slots) }),
    );
    summary.processNotes++;
  }
  const age = daysBetween(slot.date, context.until);
  if ((age < 6 && rng.chance(0.5)) || rng.chance(0.002)) return;
  clock.advanceMinutes(rng.chance(0.85) ? rng.int(1, 30) : rng.int(60 * 12, 60 * 24 * 4));
  notes.sign(request('notes:sign', { id: draft.id }).id);
  summary.signedNotes++;
  if (rng.chance(0.03)) {
    const day = addDays(clock.day(), rng.int(1, 10));
    clock.set(day < context.until ? day : context.until, officeTime(rng));
    notes.addAddendum(
      request('notes:addAddendum', {
        noteId: draft.id,
        body: fill(rng.pick(addendaFor(person)), rng, slots),
      }),
    );
    summary.addenda++;
  }
}

/** The addenda a clinician might add for this client: about medication only if they take any. */
function addendaFor(person: DemoPerson): string[] {
  return [
    ...ADDENDA,
    ...(person.health.onMedication ? [MEDICATION_ADDENDUM] : []),
    ...(person.themes.some((theme) => theme.exposure) ? [EXPOSURE_ADDENDUM] : []),
  ];
}
