import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAppCore } from '../../electron/core/router/app-core';
import { requireSummaryPage } from '../../electron/core/features/pdf/renderer-root';
import type { SummaryExportPorts } from '../../electron/core/features/pdf/summary-service';
import type { ChromiumSummaryPrinter } from '../../electron/core/features/pdf/chromium-printer';
import { parseKeyFile, unwrapDatabaseKey } from '../../electron/core/vault/key-file';
import { vaultPaths } from '../../electron/core/vault/vault-files';
import { BENCH_PASSPHRASE, copyVault } from './bench-vault';
import { benchClients, caller } from './bench-session';
import { codeLookupWorkload } from './code-lookup';
import { encryptionRatios } from './encryption-ratio';
import { memoryMark } from './timing';
import { pageWorkloads } from './page-workloads';
import { recordPdfWorkload } from './record-pdf';
import { allScriptsPdfWorkload } from './scripts-pdf';
import { statementsWorkload } from './statements-pdf';
import { backupWorkload, pdfWorkload, unlockWorkloads, type Unavailable } from './vault-workloads';

/*
 * The measuring process, run bundled as the app's main process is. It holds the open vault, so
 * its resident memory while the vault is open is the figure the memory target is about; its peak
 * also counts the 128 MiB scrypt works in while unlocking, reported apart. Takes the cached
 * vault's folder and prints one JSON object on stdout.
 */

const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const SLOW_RUNS = Number(process.env.BENCH_SLOW_RUNS ?? 3);
/** Enough summaries for a median and a 95th percentile that mean something, at a second or two each. */
const PDF_RUNS = Number(process.env.BENCH_PDF_RUNS ?? 10);
/** Statements for the whole practice: every client of the bench vault. */
const STATEMENT_CLIENTS = Number(process.env.BENCH_STATEMENT_CLIENTS ?? 600);
const mb = (kb: number) => Math.round(kb / 1024);

/**
 * The app prints through Electron; here Chromium is driven by playwright-core, loaded only when
 * the first summary is printed, so that neither counts in the memory measured before.
 */
export interface BenchPorts extends SummaryExportPorts {
  /** Resolves when the printer is at rest: its next page readied, as a clinician finds it between exports. */
  atRest(): Promise<void>;
  close(): Promise<void>;
}

function summaryPorts(pdfPath: string): BenchPorts {
  let printer: Promise<ChromiumSummaryPrinter> | null = null;
  const load = () =>
    (printer ??= import('../../electron/core/features/pdf/chromium-printer').then(
      ({ ChromiumSummaryPrinter }) => new ChromiumSummaryPrinter(),
    ));
  return {
    printer: { print: async (document) => (await load()).print(document) },
    choosePath: async () => pdfPath,
    atRest: async () => (await load()).ready(),
    close: async () => {
      if (printer) await (await printer).close();
    },
  };
}

/** Whether the summary page is built and Chromium is there: the PDF workload is skipped, saying why, if not. */
function pdfUnavailable(): Unavailable | null {
  try {
    requireSummaryPage();
  } catch (error) {
    return { status: `not available: ${(error as Error).message}` };
  }
  const chromium = process.env.RAPPORT_CHROMIUM ?? '/usr/bin/chromium';
  return existsSync(chromium) ? null : { status: `not available: no Chromium at ${chromium}` };
}

async function main(cachedVault: string): Promise<void> {
  const runDir = mkdtempSync(join(tmpdir(), 'rapport-bench-run-'));
  // The run folder holds the vault copy, its backups, the PDFs and the unencrypted comparison copy.
  const cleanUp = () => rmSync(runDir, { recursive: true, force: true });
  process.on('exit', cleanUp);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));
  const vaultDir = join(runDir, 'vault');
  copyVault(cachedVault, vaultDir);
  const pdfPath = join(runDir, 'summary.pdf');
  const ports = summaryPorts(pdfPath);
  const core = createAppCore({ vaultDir, summaryExport: ports });
  const call = caller(core);
  try {
    memoryMark();
    const beforeUnlockMB = Math.round(process.memoryUsage.rss() / 1024 ** 2);
    const unlocking = await unlockWorkloads(core, call, SLOW_RUNS);
    await call('vault:unlock', { passphrase: BENCH_PASSPHRASE });
    memoryMark();
    const clients = await benchClients(call, 100);
    const page = await pageWorkloads(core, call, clients, RUNS);
    const codeLookup = await codeLookupWorkload(RUNS);
    await call('vault:activity', {});
    const backup = await backupWorkload(call, SLOW_RUNS);
    const memory = {
      beforeUnlockMB,
      withVaultOpenMB: memoryMark(),
      peakIncludingKeyDerivationMB: mb(process.resourceUsage().maxRSS),
    };
    await call('vault:activity', {});
    const pdf = pdfUnavailable() ?? (await pdfWorkload(call, clients.near200, PDF_RUNS, ports.atRest));
    await call('vault:activity', {});
    const pdfAllScripts =
      pdfUnavailable() ?? (await allScriptsPdfWorkload(call, pdfPath, PDF_RUNS, ports.atRest));
    await call('vault:activity', {});
    const statements = pdfUnavailable() ?? (await statementsWorkload(call, runDir, STATEMENT_CLIENTS));
    await call('vault:activity', {});
    const pdfRecord = pdfUnavailable() ?? (await recordPdfWorkload(call, SLOW_RUNS, ports.atRest));
    await call('vault:activity', {});
    const keyFile = parseKeyFile(readFileSync(vaultPaths(vaultDir).keyFile, 'utf8'));
    const key = (await unwrapDatabaseKey(keyFile, BENCH_PASSPHRASE))!;
    const encryptedOverUnencrypted = await encryptionRatios(core.session.db(), key, runDir, clients, RUNS);
    key.fill(0);
    const result = {
      workloads: {
        ...unlocking,
        ...page.workloads,
        codeLookup,
        pdfSummary: pdf,
        pdfAllScripts,
        statements,
        pdfRecord,
        backup,
      },
      memory,
      ratios: { encryptedOverUnencrypted, routerOverBareSql: page.routerOverBareSql },
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await ports.close();
  }
}

await main(process.argv[2]!);
process.exit(0);
