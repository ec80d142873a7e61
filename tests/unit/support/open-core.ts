import { join } from 'node:path';
import { iterateRows, tableShapes } from '../../../electron/core/db/export';
import { createAppCore, type AppCore } from '../../../electron/core/router/app-core';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/contract';
import { STRONG, TEST_KDF, tempDir } from './temp-vault';

export type Call = <C extends Channel>(channel: C, input: ChannelInput<C>) => Promise<ChannelOutput<C>>;

/** An app core over a new, unlocked vault in a temp folder, with a call helper that unwraps results. */
export async function openCore(): Promise<AppCore & { call: Call; dir: string }> {
  const dir = join(tempDir(), 'vault');
  const core = createAppCore({ vaultDir: dir, kdf: TEST_KDF });
  await core.session.create(STRONG);
  async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
    const result = await core.router.call(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
    return result.value;
  }
  return { ...core, call, dir };
}

/** Every row of every table (the record tables and the search index), to prove a refused request changed nothing. */
export function dumpTables(core: Pick<AppCore, 'session'>): Record<string, unknown[]> {
  const db = core.session.db();
  return Object.fromEntries(tableShapes(db).map((table) => [table.name, [...iterateRows(db, table.name)]]));
}
