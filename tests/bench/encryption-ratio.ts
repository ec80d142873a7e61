import { join } from 'node:path';
import { CLIENT_STATUSES } from '../../shared/clients/client-status';
import type { Db } from '../../electron/core/db/connection';
import type { BenchClients } from './bench-session';
import { clientPageThroughServices, servicesOver } from './client-page';
import { SEARCH_WORDS } from './page-workloads';
import { openPlaintextCopy, removePlaintextCopy } from './plaintext-copy';
import { compare } from './timing';

/**
 * The same services, the same calls, the same data: once over the encrypted vault and once over an
 * unencrypted copy of it, alternately. The copy is removed before this returns, whatever happens.
 */
export async function encryptionRatios(
  vault: Db,
  key: Buffer,
  runDir: string,
  clients: BenchClients,
  runs: number,
) {
  const path = join(runDir, 'unencrypted-comparison.db');
  let plain: Db | null = null;
  try {
    plain = openPlaintextCopy(vault, key, path);
    const encrypted = servicesOver(vault);
    const unencrypted = servicesOver(plain);
    const everyone = { search: '', statuses: [...CLIENT_STATUSES], sort: 'name' as const };
    const pick = (i: number) => clients.rotation[i % clients.rotation.length]!;
    const ratios: Record<string, number> = {};
    ratios.clientList = (
      await compare(
        runs,
        () => encrypted.clients.list(everyone),
        () => unencrypted.clients.list(everyone),
      )
    ).ratio;
    ratios.openClient = (
      await compare(
        runs,
        (i) => clientPageThroughServices(encrypted, pick(i)),
        (i) => clientPageThroughServices(unencrypted, pick(i)),
      )
    ).ratio;
    for (const [name, word] of Object.entries(SEARCH_WORDS)) {
      const key = `search${name[0]!.toUpperCase()}${name.slice(1)}`;
      ratios[key] = (
        await compare(
          runs,
          () => encrypted.notes.search(word, 50),
          () => unencrypted.notes.search(word, 50),
        )
      ).ratio;
    }
    return ratios;
  } finally {
    removePlaintextCopy(plain, path);
  }
}
