import type { ClientListItem } from '../../shared/clients/client-contract';
import { CLIENT_STATUSES } from '../../shared/clients/client-status';
import type { LaunchedApp } from '../e2e/harness';
import { summarise } from './timing';

/** Names typed, one measurement each. */
const RUNS = 20;
/** Letters of a name already typed (their list on screen) when the measured one is pressed. */
const TYPED_BEFORE = 4;
const GRID = '[role="grid"][aria-label="Clients"]';

interface NarrowingPage {
  requestAnimationFrame(callback: () => void): number;
  addEventListener(
    type: 'keydown',
    listener: (event: { timeStamp: number }) => void,
    options: { capture: boolean; once: boolean },
  ): void;
  document: { querySelector(selector: string): { getAttribute(name: string): string | null } | null };
  __rapportNarrowedMs?: number;
}

/**
 * Runs in the page: the time from the next keydown to just after the first frame drawn with the
 * client list at `rowCount` rows (its header row included). Passed as source, so it uses nothing
 * from this module.
 */
function awaitNarrowing([grid, rowCount]: [string, string]): void {
  const page = globalThis as unknown as NarrowingPage;
  delete page.__rapportNarrowedMs;
  page.addEventListener(
    'keydown',
    (event) => {
      const pressed = event.timeStamp;
      const check = () => {
        if (page.document.querySelector(grid)?.getAttribute('aria-rowcount') !== rowCount) {
          page.requestAnimationFrame(check);
          return;
        }
        // A message posted from requestAnimationFrame is handled once that frame is drawn.
        const channel = new MessageChannel();
        const port = channel.port1 as unknown as { onmessage: () => void; close(): void };
        port.onmessage = () => {
          page.__rapportNarrowedMs = performance.now() - pressed;
          port.close();
        };
        channel.port2.postMessage(null);
      };
      page.requestAnimationFrame(check);
    },
    { capture: true, once: true },
  );
}

async function invoke<T>(app: LaunchedApp, channel: string, input: unknown): Promise<T> {
  const result = await app.core.router.invoke(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

const matches = async (app: LaunchedApp, search: string) =>
  (
    await invoke<ClientListItem[]>(app, 'clients:list', {
      search,
      statuses: [...CLIENT_STATUSES],
      sort: 'name',
    })
  ).length;

/** Names whose fifth letter narrows the list further (so that the list must change), at most RUNS. */
async function namesThatNarrow(app: LaunchedApp) {
  const clients = await invoke<ClientListItem[]>(app, 'clients:list', {
    statuses: [...CLIENT_STATUSES],
    sort: 'name',
  });
  const chosen: { typed: string; before: number; after: number }[] = [];
  const seen = new Set<string>();
  for (const client of clients) {
    const typed = client.chosenName.toLowerCase().slice(0, TYPED_BEFORE + 1);
    if (typed.length <= TYPED_BEFORE || seen.has(typed)) continue;
    seen.add(typed);
    const before = await matches(app, typed.slice(0, TYPED_BEFORE));
    const after = await matches(app, typed);
    if (after > 0 && after < before) chosen.push({ typed, before, after });
    if (chosen.length === RUNS) break;
  }
  return chosen;
}

/**
 * How long the client list (every status) takes to narrow as a name is typed into "Find a client":
 * with four letters typed and their list on screen, from the fifth key to the first frame drawn
 * with the narrower list. Each key goes to the main side as a new search; nothing is debounced.
 */
export async function narrowingWorkload(app: LaunchedApp) {
  const { page } = app;
  const names = await namesThatNarrow(app);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Home' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Clients' }).click();
  const archived = page.getByRole('button', { name: 'Archived' });
  if ((await archived.getAttribute('aria-pressed')) !== 'true') await archived.click();
  const search = page.getByLabel('Find a client');

  const samples: number[] = [];
  for (const { typed, before, after } of names) {
    await search.fill(typed.slice(0, TYPED_BEFORE));
    await page.locator(`${GRID}[aria-rowcount="${before + 1}"]`).waitFor();
    await page.evaluate(awaitNarrowing, [GRID, String(after + 1)] as [string, string]);
    await page.keyboard.type(typed.at(-1)!);
    const narrowed = await page.waitForFunction(
      () => (globalThis as unknown as NarrowingPage).__rapportNarrowedMs,
    );
    samples.push((await narrowed.jsonValue()) as number);
  }
  const timing = summarise(samples);
  return {
    runs: samples.length,
    keyToListShown: {
      medianMs: timing.medianMs,
      p95Ms: timing.p95Ms,
      maxMs: Math.round(Math.max(...samples) * 10) / 10,
    },
  };
}
