import type { Page } from '@playwright/test';
import type { NoteSummary } from '../../shared/notes/note-contract';
import { NOTE_FORMATS } from '../../shared/notes/note-formats';
import type { LaunchedApp } from '../e2e/harness';
import { summarise } from './timing';

/** About 2,000 characters of an invented session note, as a clinician would type it. */
const SENTENCES = [
  'Client arrived on time and said the week had been mixed.',
  'She slept better on the nights she kept to the wind-down routine, about four of seven.',
  'Work remains the main source of strain; her manager moved a deadline forward without asking.',
  'We looked at the thought that saying no would make her look lazy, and what the evidence was.',
  'She named two colleagues who say no without losing respect, which surprised her.',
  'Her mother called twice about the family visit; she felt guilty for not answering at once.',
  "We practised a short reply she could send: 'I can talk on Sunday, not before.'",
  'Mood today 5 of 10, up from 4 last week; no thoughts of self-harm, safety plan reviewed.',
  'She noticed her shoulders tense when the deadline came up, and used paced breathing.',
  'Homework: keep the sleep diary, try one small no at work, notice what happens afterwards.',
];
export const TYPED_TEXT = [
  SENTENCES.join(' '),
  SENTENCES.slice(2).join(' '),
  SENTENCES.slice(0, 5).join(' '),
].join('\n');

/**
 * Milliseconds from one key to the next: several times faster than anyone types (a fast typist
 * presses a key every 100 ms or so), so that any work on the typing path has no time to hide in.
 */
const KEY_INTERVAL_MS = 12;

interface Probe {
  keyToFrame: number[];
  slowKeydowns: { duration: number; inputDelay: number }[];
  longTasks: { start: number; duration: number }[];
}

interface ProbePage {
  requestAnimationFrame(callback: (time: number) => void): number;
  addEventListener(type: 'keydown', listener: (event: { timeStamp: number }) => void, capture: boolean): void;
  __rapportTypingProbe?: Probe;
}

/**
 * Runs in the page: for every keydown, the time from the event to just after the next frame was
 * drawn (a message posted from requestAnimationFrame is handled once that frame is done); each
 * keydown the Event Timing API reports (it reports those over 16 ms, with how long the event
 * waited before its handlers ran); and every long task. Passed as source, so it uses nothing from
 * this module.
 */
function installTypingProbe(): void {
  const page = globalThis as unknown as ProbePage;
  const probe: Probe = { keyToFrame: [], slowKeydowns: [], longTasks: [] };
  page.__rapportTypingProbe = probe;
  page.addEventListener(
    'keydown',
    (event) => {
      const pressed = event.timeStamp;
      page.requestAnimationFrame(() => {
        const channel = new MessageChannel();
        const port = channel.port1 as unknown as { onmessage: () => void; close(): void };
        port.onmessage = () => {
          probe.keyToFrame.push(performance.now() - pressed);
          port.close();
        };
        channel.port2.postMessage(null);
      });
    },
    true,
  );
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as unknown as {
      name: string;
      duration: number;
      startTime: number;
      processingStart: number;
    }[]) {
      if (entry.name !== 'keydown') continue;
      probe.slowKeydowns.push({
        duration: entry.duration,
        inputDelay: entry.processingStart - entry.startTime,
      });
    }
  }).observe({ type: 'event', durationThreshold: 16 } as never);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask' } as never);
}

async function readProbe(page: Page): Promise<Probe> {
  return page.evaluate(() => (globalThis as unknown as ProbePage).__rapportTypingProbe!);
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const round = (ms: number) => Math.round(ms * 10) / 10;

async function invoke<T>(app: LaunchedApp, channel: string, input: unknown): Promise<T> {
  const result = await app.core.router.invoke(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

/**
 * Types TYPED_TEXT into the first section of a new note of the client with the most notes, one
 * key every KEY_INTERVAL_MS (or as soon as the last key was taken, when that is later), then
 * checks that the field and the note the autosave stored both hold exactly what was typed.
 */
export async function typingWorkload(app: LaunchedApp, client: { id: string; name: string; notes: number }) {
  const { page } = app;
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Clients' }).click();
  await page.getByRole('button', { name: 'Archived' }).click();
  await page.getByLabel('Find a client').fill(client.name);
  await page.getByRole('row', { name: client.name }).click();
  await page.getByRole('tab', { name: 'Notes', exact: true }).click();
  const before = await invoke<NoteSummary[]>(app, 'notes:list', { clientId: client.id });
  await page.getByRole('button', { name: /^New note/ }).click();
  const format = before[0]?.format ?? 'SOAP';
  const field = page.getByRole('textbox', { name: NOTE_FORMATS[format][0].title, exact: true });
  await field.click();
  await page.evaluate(installTypingProbe);

  const started = performance.now();
  for (let i = 0; i < TYPED_TEXT.length; i++) {
    const wait = started + i * KEY_INTERVAL_MS - performance.now();
    if (wait > 0) await sleep(wait);
    const key = TYPED_TEXT[i]!;
    await (key === '\n' ? page.keyboard.press('Enter') : page.keyboard.type(key));
  }
  const typingSeconds = (performance.now() - started) / 1000;
  await sleep(500);
  const probe = await readProbe(page);
  const shown = await field.inputValue();
  await page.waitForFunction(() =>
    /^Saved \d/.test(
      (
        globalThis as unknown as { document: { querySelector(s: string): { textContent: string } | null } }
      ).document.querySelector('[data-testid="note-save-state"]')?.textContent ?? '',
    ),
  );
  const after = await invoke<NoteSummary[]>(app, 'notes:list', { clientId: client.id });
  const created = after.find((note) => !before.some((old) => old.id === note.id));
  const stored = created
    ? (await invoke<{ body: Record<string, string> }>(app, 'notes:get', { id: created.id })).body[
        NOTE_FORMATS[format][0].key
      ]
    : undefined;
  const latency = summarise(probe.keyToFrame);
  return {
    clientNotes: client.notes,
    characters: TYPED_TEXT.length,
    keysPerSecond: Math.round(TYPED_TEXT.length / typingSeconds),
    keystrokesMeasured: probe.keyToFrame.length,
    keyToNextFrame: {
      medianMs: latency.medianMs,
      p95Ms: latency.p95Ms,
      maxMs: round(Math.max(...probe.keyToFrame)),
    },
    keydownsOver50Ms: probe.slowKeydowns.filter((e) => e.duration > 50).length,
    slowestKeydownMs: round(Math.max(0, ...probe.slowKeydowns.map((e) => e.duration))),
    longestKeydownInputDelayMs: round(Math.max(0, ...probe.slowKeydowns.map((e) => e.inputDelay))),
    longTasks: {
      count: probe.longTasks.length,
      totalMs: round(probe.longTasks.reduce((sum, t) => sum + t.duration, 0)),
      maxMs: round(Math.max(0, ...probe.longTasks.map((t) => t.duration))),
    },
    charactersShown: shown.length,
    charactersStored: stored?.length ?? null,
    /** Every key arrived, in order: the field and the stored note both read exactly as typed. */
    noKeyLost: shown === TYPED_TEXT && stored === TYPED_TEXT,
  };
}
