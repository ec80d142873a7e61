import { spawn } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { benchVault } from './bench-vault';
import { atMost, holds, type TargetResult } from './targets';
import type { uiWorkloads } from './ui-workloads';

/*
 * npm run bench: builds (or reuses) the benchmark vault, measures every workload in a separate
 * process that holds the open vault, then typing, scrolling and narrowing the client list in the
 * UI in Chromium in another (BENCH_UI=0 leaves that out), and prints one JSON object with the
 * timings, the two cost ratios, and pass or fail against the targets of issue 8 (and the list's). Progress goes to stderr. Not part of npm test:
 * it takes minutes, and timings on a shared machine are no basis for a failing test.
 */

type Workload = { medianMs: number; p95Ms: number } | { status: string };
interface Measured {
  workloads: Record<string, Workload>;
  memory: { beforeUnlockMB: number; withVaultOpenMB: number; peakIncludingKeyDerivationMB: number };
  ratios: { encryptedOverUnencrypted: Record<string, number>; routerOverBareSql: Record<string, number> };
}

type UiMeasured = Awaited<ReturnType<typeof uiWorkloads>>;

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * The measuring processes run bundled, as the app's main process does, not through tsx (which
 * keeps every module's compiled source in memory, and names every function in a way that breaks
 * functions handed to a page as source). Two folders deep under the project, as the sources are,
 * so that paths relative to a module (the built summary page, the built UI) still resolve.
 */
async function buildMeasurers(): Promise<{ workloads: string; ui: string }> {
  const { build } = await import('vite');
  const outDir = join(ROOT, 'out', 'bench');
  await build({
    configFile: false,
    logLevel: 'warn',
    root: ROOT,
    build: {
      ssr: true,
      outDir,
      emptyOutDir: true,
      target: 'node22',
      minify: false,
      rolldownOptions: {
        input: {
          'measure-workloads': join(import.meta.dirname, 'measure-workloads.ts'),
          'measure-ui': join(import.meta.dirname, 'measure-ui.ts'),
        },
        output: { format: 'es', entryFileNames: '[name].mjs', chunkFileNames: '[name]-[hash].mjs' },
      },
    },
  });
  return { workloads: join(outDir, 'measure-workloads.mjs'), ui: join(outDir, 'measure-ui.mjs') };
}

function measureIn<T>(measurer: string, vaultDir: string): Promise<T> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [measurer, vaultDir], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) =>
      code === 0 ? done(JSON.parse(out) as T) : fail(new Error(`measuring stopped with code ${code}`)),
    );
  });
}

function p95(workload: Workload | undefined): number | null {
  return workload && 'p95Ms' in workload ? workload.p95Ms : null;
}

function targets(m: Measured, ui: UiMeasured | null): Record<string, TargetResult> {
  const w = m.workloads;
  const results: Record<string, TargetResult> = {
    'client list p95': atMost(p95(w.clientList), 10, 'ms'),
    'open client p95': atMost(p95(w.openClient), 15, 'ms'),
    'open client with most notes p95': atMost(p95(w.openClientLargest), 15, 'ms'),
    'search common word p95': atMost(p95(w.searchCommon), 25, 'ms'),
    'search rare word p95': atMost(p95(w.searchRare), 25, 'ms'),
    'search non-Latin word p95': atMost(p95(w.searchNonLatin), 25, 'ms'),
    'save note p95': atMost(p95(w.saveNote), 10, 'ms'),
    'diagnosis code look-up while typing p95': atMost(p95(w.codeLookup), 10, 'ms'),
    '200-session PDF p95': atMost(p95(w.pdfSummary), 2000, 'ms'),
    '200-session PDF in every script (all fonts) p95': atMost(p95(w.pdfAllScripts), 2000, 'ms'),
    '300-note record printout p95': atMost(p95(w.pdfRecord), 5000, 'ms'),
    'resident memory with the vault open': atMost(m.memory.withVaultOpenMB, 250, 'MB'),
    'ui: typing, p95 key to next frame': atMost(ui?.typing.keyToNextFrame.p95Ms, 50, 'ms'),
    'ui: typing, no key lost': holds(ui?.typing.noKeyLost, 'every key shown and stored'),
    'ui: client list scroll, p95 frame': atMost(ui?.scroll.frameTime.p95Ms, 33, 'ms'),
    // Feels instant (a tenth of a second): the search goes to the main side on every key.
    'ui: client list narrows, p95 key to list shown': atMost(ui?.narrowing.keyToListShown.p95Ms, 100, 'ms'),
  };
  for (const [name, ratio] of Object.entries(m.ratios.encryptedOverUnencrypted)) {
    results[`encrypted ÷ unencrypted, ${name}`] = atMost(ratio, 1.5, '×');
  }
  for (const [name, ratio] of Object.entries(m.ratios.routerOverBareSql)) {
    results[`router ÷ bare SQL, ${name}`] = atMost(ratio, 1.5, '×');
  }
  return results;
}

const load = () => loadavg().map((l) => Math.round(l * 10) / 10);
const log = (line: string) => process.stderr.write(`${line}\n`);
const started = performance.now();
const loadAtStart = load();
const { vaultDir, meta, built } = await benchVault(log);
log('Measuring (this takes a few minutes)…');
const measurers = await buildMeasurers();
const measured = await measureIn<Measured>(measurers.workloads, vaultDir);
let ui: UiMeasured | null = null;
/** Why the UI was not measured, when it failed: the workloads' figures are reported all the same. */
let uiFailure: string | null = null;
if (process.env.BENCH_UI !== '0') {
  log('Measuring the UI in Chromium (about two minutes)…');
  try {
    ui = await measureIn<UiMeasured>(measurers.ui, vaultDir);
  } catch (error) {
    uiFailure = (error as Error).message;
    log(`The UI could not be measured (${uiFailure}); the other figures follow.`);
  }
}
const checked = targets(measured, ui);
const verdicts = Object.values(checked).map((t) => t.pass);
process.stdout.write(
  `${JSON.stringify(
    {
      machine: {
        cpu: cpus()[0]?.model ?? 'unknown',
        cores: cpus().length,
        memoryGB: Math.round(totalmem() / 1024 ** 3),
        node: process.version,
        platform: `${process.platform}-${process.arch}`,
        /** 1, 5 and 15 minute load averages when the benchmark started and when it ended. */
        loadAverageAtStart: loadAtStart,
        loadAverage: load(),
      },
      vault: {
        ...meta.summary,
        databaseMB: meta.databaseMB,
        generatedSeconds: meta.generatedSeconds,
        reused: !built,
      },
      ...measured,
      ui: uiFailure ? { status: `not measured: ${uiFailure}` } : ui,
      targets: checked,
      pass: verdicts.includes(false) ? false : verdicts.includes(null) ? 'incomplete' : true,
      benchSeconds: Math.round((performance.now() - started) / 1000),
    },
    null,
    2,
  )}\n`,
);
