import { join } from 'node:path';
import { createAppCore, type AppCore } from '../../../electron/router/app-core';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/contract';
import { STRONG, TEST_KDF, tempDir } from './temp-vault';

type Call = <C extends Channel>(channel: C, input: ChannelInput<C>) => Promise<ChannelOutput<C>>;

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

/** Every row of every table, to prove a refused request changed nothing. */
export function dumpTables(core: AppCore): Record<string, unknown[]> {
  const db = core.session.db();
  const tables = db
    .prepare(
      "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type IN ('table', 'virtual') AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .pluck()
    .all() as string[];
  // Table names come from sqlite_master itself, never from input.
  return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all()]));
}
