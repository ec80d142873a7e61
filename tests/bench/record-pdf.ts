import type { Note } from '../../shared/notes/note-contract';
import type { Call } from './bench-session';
import { measure, type Timing } from './timing';

export const RECORD_NOTES = 300;

function dayAfter(start: string, days: number): string {
  const day = new Date(`${start}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

const SUBJECTIVE =
  'She described a week of broken sleep after the restructuring was announced, waking at four and rehearsing conversations with her manager. ';
const ASSESSMENT =
  'Anxiety is tied to the threat of losing the role she built her confidence on; avoidance is easing where she has rehearsed. ';

/**
 * A client with 300 signed SOAP notes, each in full (four sections of several sentences, every
 * checklist item answered, feedback on form 2) and an addendum on every tenth: a long chart such
 * as a transfer after years of weekly sessions asks for.
 */
async function seedLongChart(call: Call): Promise<string> {
  const { id: clientId } = (await call('clients:createEnquiry', { chosenName: 'Record Bench' })) as {
    id: string;
  };
  for (let i = 0; i < RECORD_NOTES; i++) {
    const times = {
      sessionDate: dayAfter('2019-01-07', 7 * i),
      startTime: '10:00',
      endTime: '10:50',
      modality: 'in-person',
    } as const;
    const note = (await call('notes:create', { clientId, ...times, format: 'SOAP' })) as Note;
    await call('notes:save', {
      id: note.id,
      baseUpdatedAt: note.updatedAt,
      content: {
        ...times,
        format: 'SOAP',
        body: {
          subjective: SUBJECTIVE.repeat(3),
          objective: 'Tired, tearful early on, brighter by the end; good eye contact.',
          assessment: ASSESSMENT.repeat(2),
          plan: 'Keep the sleep diary; try the first conversation before next session.',
        },
        checklist: note.checklist.map((c, k) => ({
          itemId: c.itemId,
          answer: k % 3 === 0 ? 'partly' : 'observed',
          comment: '',
        })),
        feedback: {
          form: 2,
          answers: { understood: 5, mattered: 4, suited: 4, safe: 5, honest: 5, forward: 3, respected: 5 },
          message: '',
        },
      },
    });
    await call('notes:sign', { id: note.id });
    if (i % 10 === 0) {
      await call('notes:addAddendum', {
        noteId: note.id,
        body: 'The client phoned to move next week’s session.',
      });
    }
  }
  return clientId;
}

/**
 * The whole 300-note chart as a record printout, through the same channel and printer as the app:
 * gathered, printed by Chromium (already running: the summaries launched it), protected, written.
 * Each print starts from rest, with the printer's next page readied, as when a clinician prints.
 */
export async function recordPdfWorkload(
  call: Call,
  runs: number,
  atRest: () => Promise<void>,
): Promise<Timing & Record<string, unknown>> {
  const clientId = await seedLongChart(call);
  const printed = () =>
    call('record:print', {
      clientId,
      scope: 'all',
      recipient: 'Northside Clinic',
      purpose: 'Transfer of care',
    }) as Promise<{ pages: number; bytes: number; notes: number }>;
  const first = await printed();
  const timing = await measure(runs, printed, 0, atRest);
  return { ...timing, notes: first.notes, pages: first.pages, fileKB: Math.round(first.bytes / 1024) };
}
