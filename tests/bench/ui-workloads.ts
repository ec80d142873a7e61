import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLIENT_STATUSES } from '../../shared/clients/client-status';
import type { ClientListItem } from '../../shared/clients/client-contract';
import type { NoteSummary } from '../../shared/notes/note-contract';
import { launchApp } from '../e2e/harness';
import { BENCH_PASSPHRASE, copyVault } from './bench-vault';
import { firstHourWorkload } from './ui-first-hour';
import { narrowingWorkload } from './ui-narrowing';
import { scrollWorkload } from './ui-scroll';
import { typingWorkload } from './ui-typing';

/**
 * The UI measurements (the two of issue 8, the client list narrowing as a name is typed, and a new
 * user's first hour in vaults of their own), in
 * Chromium over the real core (the end-to-end harness) on a copy of the benchmark vault, unlocked
 * through the unlock screen as the clinician does. They run after the other workloads, when
 * nothing else of the benchmark is using the machine.
 */
export async function uiWorkloads(cachedVault: string, log: (line: string) => void) {
  const runDir = mkdtempSync(join(tmpdir(), 'rapport-bench-ui-'));
  try {
    const vaultDir = join(runDir, 'vault');
    copyVault(cachedVault, vaultDir);
    const app = await launchApp({ vaultDir });
    let measured;
    try {
      await app.page.getByLabel('Passphrase', { exact: true }).fill(BENCH_PASSPHRASE);
      await app.page.getByRole('button', { name: 'Unlock', exact: true }).click();
      await app.page.getByRole('navigation', { name: 'Main' }).waitFor({ timeout: 60_000 });
      log('  typing in the note editor…');
      const typing = await typingWorkload(app, await busiestClient(app));
      log('  scrolling the client list…');
      const scroll = await scrollWorkload(app);
      log('  narrowing the client list by typing a name…');
      const narrowing = await narrowingWorkload(app);
      measured = { typing, scroll, narrowing, pageErrors: [...app.errors] };
    } finally {
      await app.close();
    }
    log('  the first hour of new users, from an empty vault to a signed note and a PDF…');
    return { ...measured, firstHour: await firstHourWorkload(log) };
  } finally {
    rmSync(runDir, { recursive: true, force: true });
  }
}

/** The client with the most notes (the longest list beside the editor), among names no one else has. */
async function busiestClient(app: Awaited<ReturnType<typeof launchApp>>) {
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const result = await app.core.router.invoke(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
    return result.value as T;
  };
  const clients = await call<ClientListItem[]>('clients:list', {
    statuses: [...CLIENT_STATUSES],
    sort: 'name',
  });
  const shared = (name: string) =>
    clients.filter((c) => c.chosenName.toLowerCase().includes(name.toLowerCase())).length > 1;
  let best = { id: '', name: '', notes: -1 };
  for (const client of clients) {
    if (shared(client.chosenName)) continue;
    const notes = (await call<NoteSummary[]>('notes:list', { clientId: client.id })).length;
    if (notes > best.notes) best = { id: client.id, name: client.chosenName, notes };
  }
  return best;
}
