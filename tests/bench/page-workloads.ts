import type { Note, NoteContent, NoteSummary } from '../../shared/notes/note-contract';
import type { Db } from '../../electron/core/db/connection';
import { getNote } from '../../electron/core/db/notes';
import { noteSearchText, toMatchQuery } from '../../electron/core/features/notes/search-text';
import type { AppCore } from '../../electron/core/router/app-core';
import { bareClientList, bareClientPage, bareSave, bareSearch } from './bare-sql';
import { ALL_STATUSES, contentOf, type BenchClients, type Call } from './bench-session';
import { openClientPage } from './client-page';
import { compare, measure, type Timing } from './timing';

export const SEARCH_WORDS = { common: 'sleep', rare: 'zither', nonLatin: '家族' } as const;

export interface PageResults {
  workloads: Record<string, Timing | (Timing & Record<string, unknown>)>;
  routerOverBareSql: Record<string, number>;
}

/**
 * What the clinician does all day, through the router as the UI does it, each measured against
 * the bare statements it wraps, alternately, on the same open vault.
 */
export async function pageWorkloads(
  core: AppCore,
  call: Call,
  clients: BenchClients,
  runs: number,
): Promise<PageResults> {
  const db: Db = core.session.db();
  const workloads: PageResults['workloads'] = {};
  const ratios: Record<string, number> = {};
  const rotation = clients.rotation;
  const pick = (i: number) => rotation[i % rotation.length]!;

  await call('vault:activity', {});
  const list = await compare(
    runs,
    () => call('clients:list', ALL_STATUSES),
    () => bareClientList(db),
  );
  const listed = ((await call('clients:list', ALL_STATUSES)) as unknown[]).length;
  workloads.clientList = { ...list.ours, clients: listed };
  ratios.clientList = list.ratio;

  await call('vault:activity', {});
  const page = await compare(
    runs,
    (i) => openClientPage(core.router, pick(i)),
    (i) => bareClientPage(db, pick(i)),
  );
  workloads.openClient = { ...page.ours, clients: rotation.length };
  ratios.openClient = page.ratio;
  const largest = clients.largest;
  workloads.openClientLargest = {
    ...(await measure(Math.ceil(runs / 2), () => openClientPage(core.router, largest.id))),
    notes: largest.notes,
  };

  for (const [name, word] of Object.entries(SEARCH_WORDS)) {
    await call('vault:activity', {});
    const match = toMatchQuery(word)!;
    const search = await compare(
      runs,
      () => call('notes:search', { query: word }),
      () => bareSearch(db, match),
    );
    const hits = ((await call('notes:search', { query: word, limit: 200 })) as unknown[]).length;
    const key = `search${name[0]!.toUpperCase()}${name.slice(1)}`;
    workloads[key] = { ...search.ours, word, hits: hits === 200 ? '200 or more' : hits };
    ratios[key] = search.ratio;
  }

  await call('vault:activity', {});
  const drafts = await startDrafts(call, rotation, 2 * (runs + 5));
  const save = await compare(
    runs,
    (i) => {
      const { draft, content } = drafts[2 * i]!;
      return call('notes:save', { id: draft.id, baseUpdatedAt: draft.updatedAt, content });
    },
    (i) => {
      const { draft, content } = drafts[2 * i + 1]!;
      const row = getNote(db, draft.id)!;
      const next = {
        ...row,
        body: content.body,
        goalWork: content.format === 'GIRP' ? content.goalWork : [],
        updatedAt: new Date().toISOString(),
      };
      bareSave(db, next, noteSearchText(next, []), content.goalWork.length > 0);
    },
  );
  workloads.saveNote = save.ours;
  ratios.saveNote = save.ratio;
  await call('vault:activity', {});
  workloads.signNote = await measure(runs, (i) => call('notes:sign', { id: drafts[2 * i]!.draft.id }), 0);
  return { workloads, routerOverBareSql: ratios };
}

/** New draft notes, each with the full content of its client's latest note to save into it. */
async function startDrafts(call: Call, clientIds: readonly string[], count: number) {
  const sources = new Map<string, Note>();
  const drafts: { draft: Note; content: NoteContent }[] = [];
  for (let i = 0; i < count; i++) {
    const clientId = clientIds[Math.floor(i / 2) % clientIds.length]!;
    if (!sources.has(clientId)) {
      const [latest] = (await call('notes:list', { clientId })) as NoteSummary[];
      sources.set(clientId, (await call('notes:get', { id: latest!.id })) as Note);
    }
    const source = sources.get(clientId)!;
    const draft = (await call('notes:create', {
      clientId,
      sessionDate: '2026-01-05',
      startTime: source.startTime,
      endTime: source.endTime,
      modality: source.modality,
      format: source.format,
    })) as Note;
    drafts.push({ draft, content: contentOf(source, `(benchmark save ${i})`) });
  }
  return drafts;
}
