import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations';
import type { DemoSummary } from '../../electron/tools/demo/demo-summary';
import { DEMO_GENERATOR_VERSION, seedDemo } from '../../electron/tools/demo/seed-demo';
import { vaultPaths } from '../../electron/core/vault/vault-files';
import { createVault } from '../../electron/core/vault/vault';

/** The benchmark practice: ten years, 600 clients. The fixed end day keeps it identical run to run. */
export const BENCH_SHAPE = { clients: 600, years: 10, seed: '1', until: '2026-01-01' } as const;
/** Invented data under a known passphrase, made with the app's real key derivation cost. */
export const BENCH_PASSPHRASE = 'harbour-violet-cobalt-29-lantern';

export interface BenchVaultMeta {
  summary: DemoSummary;
  generatedSeconds: number;
  databaseMB: number;
}

/** Kept in the temp folder between runs, named for everything that changes what is in it. */
function cacheDir(): string {
  const { seed, clients, years, until } = BENCH_SHAPE;
  return join(
    tmpdir(),
    `rapport-bench-demo${DEMO_GENERATOR_VERSION}-schema${LATEST_SCHEMA_VERSION}-seed${seed}-${clients}x${years}-${until}`,
  );
}

/**
 * The cached benchmark vault, built first if there is none for this generator, schema and seed.
 * It is built in a side folder and renamed into place, so an interrupted build is never reused.
 */
export async function benchVault(
  log: (line: string) => void,
): Promise<{ vaultDir: string; meta: BenchVaultMeta; built: boolean }> {
  const dir = cacheDir();
  const metaFile = join(dir, 'meta.json');
  if (existsSync(metaFile)) {
    return { vaultDir: join(dir, 'vault'), meta: JSON.parse(readFileSync(metaFile, 'utf8')), built: false };
  }
  const partial = `${dir}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  const vaultDir = join(partial, 'vault');
  const { db } = await createVault(vaultDir, BENCH_PASSPHRASE);
  log(`Building the benchmark vault (${BENCH_SHAPE.clients} clients, ${BENCH_SHAPE.years} years) in ${dir}`);
  const started = performance.now();
  let summary: DemoSummary;
  try {
    summary = seedDemo(db, BENCH_SHAPE, (done, total) => {
      if (done % 100 === 0) log(`  ${done} of ${total} clients`);
    });
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
  const generatedSeconds = Math.round((performance.now() - started) / 100) / 10;
  const meta: BenchVaultMeta = {
    summary,
    generatedSeconds,
    databaseMB: Math.round(statSync(vaultPaths(vaultDir).database).size / 1024 ** 2),
  };
  writeFileSync(join(partial, 'meta.json'), JSON.stringify(meta, null, 2));
  rmSync(dir, { recursive: true, force: true });
  renameSync(partial, dir);
  return { vaultDir: join(dir, 'vault'), meta, built: true };
}

/** A throwaway copy for one run: the workloads write (notes, audit entries, backups). */
export function copyVault(from: string, to: string): void {
  cpSync(from, to, { recursive: true });
}
