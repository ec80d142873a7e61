import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ChromiumSummaryPrinter } from '../../electron/core/features/pdf/chromium-printer';
import { TO_FIRST_SIGNED_NOTE, walkFirstHour } from '../e2e/first-hour-path';
import { launchApp } from '../e2e/harness';
import { summarise, type Timing } from './timing';

/** New users, each from an empty vault (made with the app's own strong key derivation). */
const RUNS = 5;

/**
 * The new user's first hour, scripted as the end-to-end test walks it: each step timed from the
 * action to its result on screen (p95 over the runs), and the time from an empty vault to the first
 * signed note. The script clicks and types at machine speed, so this is the app's share of the
 * hour, not the clinician's.
 */
export async function firstHourWorkload(log: (line: string) => void) {
  const runDir = mkdtempSync(join(tmpdir(), 'rapport-bench-first-hour-'));
  const printer = new ChromiumSummaryPrinter();
  const samples = new Map<string, number[]>();
  const toFirstSignedNote: number[] = [];
  const pageErrors: string[] = [];
  try {
    for (let run = 0; run < RUNS; run += 1) {
      log(`  new user ${run + 1} of ${RUNS}…`);
      const saveDir = join(runDir, `saved-${run}`);
      mkdirSync(saveDir);
      const app = await launchApp({
        vaultDir: join(runDir, `vault-${run}`),
        summaryExport: { printer, choosePath: async (suggested) => join(saveDir, suggested) },
      });
      try {
        const taken: Record<string, number> = {};
        await walkFirstHour(app.page, async (name, action) => {
          const started = performance.now();
          await action();
          taken[name] = performance.now() - started;
        });
        for (const [name, ms] of Object.entries(taken)) samples.set(name, [...(samples.get(name) ?? []), ms]);
        toFirstSignedNote.push(TO_FIRST_SIGNED_NOTE.reduce((sum, name) => sum + taken[name]!, 0));
        pageErrors.push(...app.errors);
      } finally {
        await app.close();
      }
    }
  } finally {
    await printer.close();
    rmSync(runDir, { recursive: true, force: true });
  }
  const steps: Record<string, Timing> = {};
  for (const [name, ms] of samples) steps[name] = summarise(ms);
  return { runs: RUNS, timeToFirstSignedNote: summarise(toFirstSignedNote), steps, pageErrors };
}
