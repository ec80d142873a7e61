import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_STATUSES, type Call } from './bench-session';

/** The benchmark practice's last month (its fixed end day is 2026-01-01): a month-end run. */
export const STATEMENT_PERIOD = { from: '2025-12-01', to: '2025-12-31' } as const;

/**
 * Statements for the whole practice: one statement of account for each of the bench vault's
 * clients (600 by default, BENCH_STATEMENT_CLIENTS to change it) for its last month, through the
 * channel the batch dialog calls for each file, so each is gathered, printed by Chromium (already
 * running), protected with neither nor more than the app does, and written into a fresh folder.
 * Like the dialog, it reports activity after each file, so the auto-lock does not end the run.
 * Reported as files per second over the whole run, with how many of the clients had activity in
 * the month (the batch dialog's own plan), the rest getting a statement of their balance alone.
 */
export async function statementsWorkload(
  call: Call,
  runDir: string,
  count: number,
): Promise<Record<string, unknown>> {
  const folder = mkdtempSync(join(runDir, 'statements-'));
  try {
    const clients = ((await call('clients:list', ALL_STATUSES)) as { id: string }[]).slice(0, count);
    const plan = (await call('billing:statementBatchPlan', { ...STATEMENT_PERIOD, folder })) as {
      clients: unknown[];
    };
    const started = performance.now();
    let bytes = 0;
    for (const { id } of clients) {
      const saved = (await call('billing:statementToFolder', {
        clientId: id,
        ...STATEMENT_PERIOD,
        folder,
        paper: 'A4',
      })) as { bytes: number };
      bytes += saved.bytes;
      await call('vault:activity', {});
    }
    const seconds = (performance.now() - started) / 1000;
    return {
      files: readdirSync(folder).length,
      clientsWithActivity: plan.clients.length,
      seconds: Math.round(seconds * 10) / 10,
      filesPerSecond: Math.round((clients.length / seconds) * 100) / 100,
      averageKB: Math.round(bytes / clients.length / 1024),
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
