import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RENDERER_ROOT } from '../../../electron/core/features/pdf/renderer-root';
import { SummaryService, type SummaryExportPorts } from '../../../electron/core/features/pdf/summary-service';
import { createAppCore, type AppCore } from '../../../electron/core/router/app-core';
import { createRecordServices } from '../../../electron/core/router/services';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/contract';
import { seedClient } from './summary-fixture';
import { STRONG, TEST_KDF } from './temp-vault';

export interface SummaryVault {
  core: AppCore;
  dir: string;
  clientId: string;
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
  /** The service the CLI builds, over the same vault. */
  service(): SummaryService;
  close(): void;
}

/**
 * A real encrypted vault in a temp folder with one seeded client, kept for a whole test file
 * (seeding a long history once, not per test), removed by close().
 */
export async function openSummaryVault(options: {
  sessions: number;
  summaryExport?: SummaryExportPorts;
}): Promise<SummaryVault> {
  if (!existsSync(join(RENDERER_ROOT, 'summary.html'))) {
    throw new Error(
      'out/renderer/summary.html is missing: run `npx electron-vite build` before these tests.',
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'rapport-pdf-test-'));
  const core = createAppCore({
    vaultDir: join(dir, 'vault'),
    kdf: TEST_KDF,
    summaryExport: options.summaryExport,
  });
  await core.session.create(STRONG);
  async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
    const result = await core.router.call(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
    return result.value;
  }
  const { clientId } = await seedClient(call, { sessions: options.sessions });
  return {
    core,
    dir,
    clientId,
    call,
    service() {
      const db = () => core.session.db();
      return createRecordServices(db).summary;
    },
    close() {
      core.session.lock('quit');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
