import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../electron/core/db/audit';
import { ChromiumSummaryPrinter } from '../../electron/core/features/pdf/chromium-printer';
import { RENDERER_ROOT } from '../../electron/core/features/pdf/renderer-root';
import { createAppCore, type AppCore } from '../../electron/core/router/app-core';
import { STRONG, TEST_KDF } from './support/temp-vault';

const MINUTE = 60_000;
let dir: string;
let core: AppCore;
let printer: ChromiumSummaryPrinter;
const clock = { now: Date.UTC(2026, 10, 3, 10) };

beforeAll(async () => {
  if (!existsSync(join(RENDERER_ROOT, 'summary.html'))) {
    throw new Error(
      'out/renderer/summary.html is missing: run `npx electron-vite build` before these tests.',
    );
  }
  dir = mkdtempSync(join(tmpdir(), 'rapport-print-awake-'));
  printer = new ChromiumSummaryPrinter();
  core = createAppCore({
    vaultDir: join(dir, 'vault'),
    kdf: TEST_KDF,
    now: () => clock.now,
    // The idle check is run by hand below, at the moment a long print would meet it.
    tickMs: null,
    summaryExport: {
      printer: {
        // A print that outlasts the auto-lock: the session's timer fires while Chromium works.
        print: async (document) => {
          clock.now += 11 * MINUTE;
          core.session.checkIdle();
          return printer.print(document);
        },
      },
      choosePath: async (suggested) => join(dir, suggested),
    },
  });
  await core.session.create(STRONG);
});

afterAll(async () => {
  await printer?.close();
  core?.session.lock('quit');
  rmSync(dir, { recursive: true, force: true });
});

describe('a print longer than the auto-lock time', () => {
  it('is written and recorded, with the vault still open, and the idle time counts from its end', async () => {
    core.session.setAutoLockMinutes(10);
    const created = await core.router.call('clients:createEnquiry', { chosenName: 'Ines Moreau' });
    if (!created.ok) throw new Error(created.error.message);
    const result = await core.router.call('summary:export', { clientId: created.value.id });
    expect(result).toMatchObject({ ok: true, value: { status: 'saved' } });
    expect(core.session.status().state).toBe('unlocked');
    expect(listAudit(core.session.db(), 50).map((e) => e.action)).toContain('summary.exported');

    clock.now += 9 * MINUTE;
    core.session.checkIdle();
    expect(core.session.status().state).toBe('unlocked');
    clock.now += MINUTE;
    core.session.checkIdle();
    expect(core.session.status().state).toBe('locked');
  });
});
