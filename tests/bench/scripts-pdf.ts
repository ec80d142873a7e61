import { execFileSync } from 'node:child_process';
import type { Note } from '../../shared/notes/note-contract';
import { emptyFeedback } from '../../shared/notes/feedback-forms';
import { MIXED_SENTENCES, SCRIPT_SAMPLES, seedScriptsClient } from '../unit/support/script-samples';
import type { Call } from './bench-session';
import { measure, type Timing } from './timing';

export const SCRIPTS_SESSIONS = 200;

type TypedCall = Parameters<typeof seedScriptsClient>[0];

const SAMPLES = Object.values(SCRIPT_SAMPLES).map(([text]) => text);
const MIXED = Object.values(MIXED_SENTENCES);

function dayAfter(start: string, days: number): string {
  const day = new Date(`${start}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/**
 * The scripts client of the PDF tests (intake, goals and five notes in every script, an Arabic
 * name), brought to 200 signed sessions whose summaries go round every script and the
 * mixed-direction sentences, so that every bundled family is embedded and every page is busy.
 */
async function seedScriptsClientWithSessions(call: Call): Promise<string> {
  const typed = call as unknown as TypedCall;
  const { clientId } = await seedScriptsClient(typed);
  const seeded = ((await call('notes:list', { clientId })) as unknown[]).length;
  for (let i = 0; i < SCRIPTS_SESSIONS - seeded; i++) {
    const date = dayAfter('2025-04-01', 2 * i);
    const times = { sessionDate: date, startTime: '10:00', endTime: '10:50', modality: 'in-person' } as const;
    const note = (await call('notes:create', { clientId, ...times, format: 'GIRP' })) as Note;
    const response = `${SAMPLES[i % SAMPLES.length]}. ${MIXED[i % MIXED.length]} ${SAMPLES[(i + 7) % SAMPLES.length]}.`;
    await call('notes:save', {
      id: note.id,
      baseUpdatedAt: note.updatedAt,
      content: {
        ...times,
        format: 'GIRP',
        body: {
          goal: 'Sleep through the night and return to work part time.',
          intervention: 'Reviewed the sleep diary; rehearsed the conversation with his manager.',
          response,
          plan: 'Keep the diary; try the first conversation before next session.',
        },
        checklist: [],
        feedback: emptyFeedback(),
        ruptures: [],
      },
    });
    await call('notes:sign', { id: note.id });
  }
  return clientId;
}

/** The bundled families the samples name, and which of them the PDF does not embed (null without pdffonts). */
function familiesNotEmbedded(pdf: string): string[] | null {
  let listing: string;
  try {
    listing = execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
  } catch {
    return null;
  }
  const embedded = listing
    .split('\n')
    .slice(2)
    .map((row) => row.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''));
  const families = [...new Set(Object.values(SCRIPT_SAMPLES).map(([, family]) => family))];
  return families.filter((family) => !embedded.some((font) => new RegExp(`^${family}(Thin)?-`).test(font)));
}

/**
 * A 200-session summary with every bundled font embedded, through the same channel and printer as
 * the app: gathered, printed by Chromium (already running: the other summary launched it), written.
 * Its file size and the fonts it embeds are reported with the timing.
 */
export async function allScriptsPdfWorkload(
  call: Call,
  pdfPath: string,
  runs: number,
  atRest: () => Promise<void>,
): Promise<Timing & Record<string, unknown>> {
  const clientId = await seedScriptsClientWithSessions(call);
  const sessions = ((await call('notes:list', { clientId })) as unknown[]).length;
  const exported = () => call('summary:export', { clientId }) as Promise<{ pages: number; bytes: number }>;
  const first = await exported();
  const timing = await measure(runs, exported, 0, atRest);
  return {
    ...timing,
    sessions,
    pages: first.pages,
    fileKB: Math.round(first.bytes / 1024),
    familiesNotEmbedded: familiesNotEmbedded(pdfPath),
  };
}
