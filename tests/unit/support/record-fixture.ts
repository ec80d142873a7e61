import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/contract';
import type { Note } from '../../../shared/notes/note-contract';

type Call = <C extends Channel>(channel: C, input: ChannelInput<C>) => Promise<ChannelOutput<C>>;

/** Words that appear in one place of the record only, so finding them in a PDF says where they came from. */
export const WORDS = {
  januarySubjective: 'Sleeping four hours a night since the move; worried about the new job.',
  januaryPlan: 'Keep the sleep diary and try the wind-down routine.',
  firstAddendum: 'Addendum one: the client phoned to say the diary was lost.',
  secondAddendum: 'Addendum two: the GP confirmed the referral.',
  februaryResponse: 'Named the fear of failing the probation period.',
  goalWork: 'Practised the first conversation with her manager.',
  draftData: 'Draft words the clinician has not finished yet.',
  outsideData: 'A session long before the period asked for.',
  feedbackMessage: 'It helped to slow down today and to start with how my week had gone.',
  repairNote: 'We named the strain and she said she felt rushed.',
  riskReasons: 'Passive thoughts on bad nights, no plan, strong reasons to live.',
  /** Process notes: these words are written nowhere else in the record. */
  processJanuary: 'Countertransference: I felt protective, like with my own sister.',
  processFebruary: 'Wondering whether the silence was shame or anger.',
  goal: 'Go back to work without dreading Mondays',
} as const;

export const DAYS = {
  outside: '2025-10-02',
  january: '2026-01-10',
  february: '2026-02-14',
  march: '2026-03-20',
} as const;

const LEVELS = {
  '-2': 'Off work',
  '-1': 'Back two mornings a week',
  '0': 'Back part time',
  '1': 'Back four days',
  '2': 'Back full time',
};

/** Saves `content` over a note's own date, times, format and checklist answers. */
export async function writeNote(
  call: Call,
  note: Note,
  content: Partial<ChannelInput<'notes:save'>['content']>,
): Promise<void> {
  await call('notes:save', {
    id: note.id,
    baseUpdatedAt: note.updatedAt,
    content: {
      sessionDate: note.sessionDate,
      startTime: note.startTime,
      endTime: note.endTime,
      modality: note.modality,
      format: note.format,
      checklist: note.checklist.map((c) => ({ itemId: c.itemId, answer: c.answer, comment: c.comment })),
      ...content,
    },
  });
}

/**
 * A client with four notes: one signed long before the period; January (SOAP, signed, with
 * checklist, feedback on form 2, a rupture, a risk review, two addenda and a process note);
 * February (GIRP, signed, with goal work and a process note); March (DAP, a draft).
 */
export async function seedRecordClient(call: Call) {
  const { id: clientId } = await call('clients:createEnquiry', { chosenName: 'Maya Lindqvist' });
  const plan = await call('goals:saveVersion', {
    clientId,
    goals: [{ clientWords: WORDS.goal, weight: 1, levels: LEVELS }],
  });
  const goalKey = plan.versions[0]!.goals[0]!.goalKey;
  await call('goals:agree', { versionId: plan.versions[0]!.id, agreedOn: DAYS.outside, method: 'verbal' });
  const times = { startTime: '09:00', endTime: '09:50' } as const;

  const outside = await call('notes:create', {
    clientId,
    sessionDate: DAYS.outside,
    ...times,
    format: 'DAP',
  });
  await writeNote(call, outside, { body: { data: WORDS.outsideData } });
  await call('notes:sign', { id: outside.id });

  const january = await call('notes:create', {
    clientId,
    sessionDate: DAYS.january,
    ...times,
    format: 'SOAP',
  });
  await writeNote(call, january, {
    body: { subjective: WORDS.januarySubjective, plan: WORDS.januaryPlan },
    checklist: january.checklist.map((c, i) => ({
      itemId: c.itemId,
      answer: i === 0 ? 'observed' : i === 1 ? 'partly' : null,
      comment: i === 1 ? 'Only towards the end.' : '',
    })),
    feedback: {
      form: 2,
      answers: {
        understood: 5,
        mattered: 4,
        suited: 3,
        safe: null,
        honest: null,
        forward: null,
        respected: null,
      },
      message: WORDS.feedbackMessage,
    },
    ruptures: [
      {
        kind: 'withdrawal',
        markers: ['minimal'],
        raisedBy: 'clinician',
        repairs: ['explore'],
        repairNote: WORDS.repairNote,
        outcome: 'partly',
      },
    ],
  });
  await call('risk:record', {
    clientId,
    source: { kind: 'note', noteId: january.id },
    reviewedOn: DAYS.january,
    suicidalThoughts: 'passive',
    intent: 'no',
    plan: 'no',
    means: 'not-asked',
    pastAttempts: 'no',
    selfHarm: 'no',
    harmToOthers: 'no',
    harmFromOthers: 'no',
    judgement: 'low',
    reasons: WORDS.riskReasons,
  });
  await call('notes:saveProcessNote', { noteId: january.id, body: WORDS.processJanuary });
  await call('notes:sign', { id: january.id });
  await call('notes:addAddendum', { noteId: january.id, body: WORDS.firstAddendum });
  await call('notes:addAddendum', { noteId: january.id, body: WORDS.secondAddendum });

  const february = await call('notes:create', {
    clientId,
    sessionDate: DAYS.february,
    ...times,
    format: 'GIRP',
  });
  await writeNote(call, february, {
    body: { goal: 'Return to work.', response: WORDS.februaryResponse },
    goalWork: [{ goalKey, note: WORDS.goalWork, level: 1 }],
  });
  await call('notes:saveProcessNote', { noteId: february.id, body: WORDS.processFebruary });
  await call('notes:sign', { id: february.id });

  const march = await call('notes:create', { clientId, sessionDate: DAYS.march, ...times, format: 'DAP' });
  await writeNote(call, march, { body: { data: WORDS.draftData } });

  return {
    clientId,
    notes: { outside: outside.id, january: january.id, february: february.id, march: march.id },
  };
}
