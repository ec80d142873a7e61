import type { Intake } from '../../../shared/clients/intake-schema';
import type { openCore } from './open-core';

type Core = Awaited<ReturnType<typeof openCore>>;

export interface SessionRecord {
  date: string;
  modality: string;
  attendees: string;
  first: boolean;
  /** Everything the clinician wrote for the session that is part of the record. */
  text: string;
  addenda: string[];
  processNote: string;
}

/** One demo client as the app stores them, read back through the router. */
export interface DemoRecord {
  name: string;
  intake: Intake;
  /** Whole years at the first session, from the date of birth on the intake. */
  age: number;
  goals: {
    clientWords: string;
    framing: string;
    why: string;
    concern: string;
    steps: string;
    expected: string;
    objectives: { text: string; gasLevel: number | null }[];
    modalities: string[];
  }[];
  diagnoses: string[];
  slidingScalePercent: number;
  insured: boolean;
  sessions: SessionRecord[];
  /** Why the client's status changed (pauses, endings), and why sessions were cancelled. */
  reasons: string[];
}

function yearsBetween(born: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(born.slice(0, 4));
  return on.slice(5) < born.slice(5) ? years - 1 : years;
}

/** Every client in the vault that has had a first session, with all that was written about them. */
export async function readDemoRecords(core: Core): Promise<DemoRecord[]> {
  const list = await core.call('clients:list', {
    statuses: ['enquiry', 'waitlist', 'active', 'paused', 'discharged', 'archived'],
  });
  const records: DemoRecord[] = [];
  for (const item of list) {
    const client = await core.call('clients:get', { id: item.id });
    if (!client.intakeCompletedAt) continue;
    const { intake } = client;
    const plan = await core.call('goals:get', { clientId: item.id });
    const goals = plan.versions.flatMap((version) =>
      version.goals.map((g) => ({
        clientWords: g.clientWords,
        framing: g.clinicianFraming,
        why: g.whyItMatters,
        concern: g.linkedConcern,
        steps: g.steps.map((s) => s.text).join(' '),
        expected: g.levels['0'],
        objectives: g.objectives.map(({ text, gasLevel }) => ({ text, gasLevel })),
        modalities: g.interventions.modalities,
      })),
    );
    const summaries = await core.call('notes:list', { clientId: item.id });
    const sessions: SessionRecord[] = [];
    for (const summary of [...summaries].sort((a, b) => a.sessionDate.localeCompare(b.sessionDate))) {
      const note = await core.call('notes:get', { id: summary.id });
      sessions.push({
        date: note.sessionDate,
        modality: note.modality,
        attendees: note.attendees,
        first: sessions.length === 0,
        text: [
          ...Object.values(note.body),
          ...note.goalWork.map((g) => g.note),
          ...note.ruptures.map((r) => r.repairNote),
        ].join(' '),
        addenda: note.addenda.map((a) => a.body),
        processNote: note.processNote?.body ?? '',
      });
    }
    const history = await core.call('clients:history', { id: item.id });
    const appointments = await core.call('appointments:forClient', { clientId: item.id });
    const reasons = [
      ...history.flatMap((change) =>
        change.changes.filter((c) => c.path === 'statusReason').map((c) => String(c.after)),
      ),
      ...appointments.map((a) => a.statusReason),
    ].filter((r) => r !== '');
    const fee = await core.call('fees:getClientFee', { clientId: item.id });
    const insurance = await core.call('insurance:get', { clientId: item.id });
    const diagnoses = await core.call('diagnoses:list', { clientId: item.id });
    records.push({
      name: client.chosenName,
      intake,
      age: yearsBetween(intake.identity.dateOfBirth, intake.consent.informedConsentDate),
      goals,
      diagnoses: diagnoses.map((d) => d.title),
      slidingScalePercent: fee.slidingScalePercent,
      insured: insurance.memberId !== '',
      sessions,
      reasons,
    });
  }
  return records;
}
