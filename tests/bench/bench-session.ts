import { CLIENT_STATUSES } from '../../shared/clients/client-status';
import type { Note, NoteContent, NoteSummary } from '../../shared/notes/note-contract';
import { NOTE_FORMATS } from '../../shared/notes/note-formats';
import { toContent } from '../../shared/notes/editable-content';
import type { AppCore } from '../../electron/core/router/app-core';

/** Calls a channel through the router, as the UI does, and unwraps the result. */
export type Call = (channel: string, input: unknown) => Promise<unknown>;

export function caller(core: AppCore): Call {
  return async (channel, input) => {
    const result = await core.router.invoke(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
    return result.value;
  };
}

export const ALL_STATUSES = { statuses: [...CLIENT_STATUSES], sort: 'name' } as const;

export interface BenchClients {
  /** Every client with notes, spread evenly over the list: the open-client rotation. */
  rotation: string[];
  /** The client with the most notes. */
  largest: { id: string; notes: number };
  /** The client whose session count is nearest 200, for the summary export. */
  near200: { id: string; notes: number };
}

export async function benchClients(call: Call, rotationSize: number): Promise<BenchClients> {
  const clients = (await call('clients:list', ALL_STATUSES)) as { id: string }[];
  const counted: { id: string; notes: number }[] = [];
  for (const { id } of clients) {
    const notes = (await call('notes:list', { clientId: id })) as NoteSummary[];
    if (notes.length > 0) counted.push({ id, notes: notes.length });
  }
  const step = Math.max(1, Math.floor(counted.length / rotationSize));
  const byDistance = (target: number) =>
    [...counted].sort((a, b) => Math.abs(a.notes - target) - Math.abs(b.notes - target))[0]!;
  return {
    rotation: counted.filter((_, i) => i % step === 0).map((c) => c.id),
    largest: [...counted].sort((a, b) => b.notes - a.notes)[0]!,
    near200: byDistance(200),
  };
}

/** A note's editable content, as the editor takes it, with a marker so each save differs. */
export function contentOf(note: Note, marker: string): NoteContent {
  const content = toContent(note);
  const [first] = NOTE_FORMATS[content.format];
  content.body[first.key] = `${content.body[first.key] ?? ''} ${marker}`;
  return content;
}
