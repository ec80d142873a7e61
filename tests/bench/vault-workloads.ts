import { readFileSync } from 'node:fs';
import { openEncrypted } from '../../electron/core/db/connection';
import { readEveryTreeRoot } from '../../electron/core/db/integrity';
import { assertNotFromFuture, migrate } from '../../electron/core/db/migrate';
import type { AppCore } from '../../electron/core/router/app-core';
import { parseKeyFile, unwrapDatabaseKey } from '../../electron/core/vault/key-file';
import { vaultPaths } from '../../electron/core/vault/vault-files';
import { BENCH_PASSPHRASE } from './bench-vault';
import type { Call } from './bench-session';
import { measure, summarise, type Timing } from './timing';

export type Unavailable = { status: string };

/**
 * Unlocking, in parts: the whole vault:unlock through the router (key derivation with the app's
 * real cost, open, reading every table's root page, migrations check), the key derivation alone,
 * and opening the database with its checks alone. The full page check runs after unlock in a
 * worker thread, off the path the clinician waits on: timed on its own. Each unlock is followed by
 * a lock, which returns at once and then backs the vault up in the worker when anything changed
 * (an unlock writes an audit entry): both timed, the second until the session has settled.
 */
export async function unlockWorkloads(
  core: AppCore,
  call: Call,
  runs: number,
): Promise<Record<string, Timing>> {
  const unlock: number[] = [];
  const lock: number[] = [];
  const lockSettled: number[] = [];
  for (let i = 0; i < runs; i++) {
    await core.session.settled();
    let started = performance.now();
    await call('vault:unlock', { passphrase: BENCH_PASSPHRASE });
    unlock.push(performance.now() - started);
    await core.session.settled();
    started = performance.now();
    await call('vault:lock', {});
    lock.push(performance.now() - started);
    await core.session.settled();
    lockSettled.push(performance.now() - started);
  }
  const paths = vaultPaths(core.session.dir);
  const keyFile = parseKeyFile(readFileSync(paths.keyFile, 'utf8'));
  const kdf = await measure(runs, () => unwrapDatabaseKey(keyFile, BENCH_PASSPHRASE), 0);
  const key = (await unwrapDatabaseKey(keyFile, BENCH_PASSPHRASE))!;
  const openDatabase = await measure(
    runs,
    () => {
      const db = openEncrypted(paths.database, key, { create: false });
      try {
        assertNotFromFuture(db);
        readEveryTreeRoot(db);
        migrate(db);
      } finally {
        db.close();
      }
    },
    1,
  );
  const db = openEncrypted(paths.database, key, { create: false });
  key.fill(0);
  let fullPageCheck: Timing;
  try {
    fullPageCheck = await measure(1, () => db.pragma('quick_check', { simple: true }), 0);
  } finally {
    db.close();
  }
  return {
    unlock: summarise(unlock),
    unlockKeyDerivation: kdf,
    unlockOpenDatabase: openDatabase,
    pageCheckAfterUnlockInWorker: fullPageCheck,
    lockReturns: summarise(lock),
    lockBackupInWorker: summarise(lockSettled),
  };
}

/**
 * The summary of a client with about 200 sessions, to PDF: gathered, printed by Chromium, written.
 * Each run starts from a printer at rest (its next page readied), as a clinician finds it between
 * one export and the next; the first export, with the browser's launch, is reported on its own.
 */
export async function pdfWorkload(
  call: Call,
  client: { id: string; notes: number },
  runs: number,
  atRest: () => Promise<void>,
): Promise<(Timing & Record<string, unknown>) | Unavailable> {
  const first = performance.now();
  const result = (await call('summary:export', { clientId: client.id })) as {
    status: string;
    pages?: number;
  };
  const firstMs = Math.round(performance.now() - first);
  const timing = await measure(runs, () => call('summary:export', { clientId: client.id }), 0, atRest);
  return { ...timing, sessions: client.notes, pages: result.pages, firstWithBrowserLaunchMs: firstMs };
}

export async function backupWorkload(call: Call, runs: number): Promise<Timing & Record<string, unknown>> {
  let bytes = 0;
  const timing = await measure(
    runs,
    async () => {
      bytes = ((await call('backup:run', {})) as { bytes: number }).bytes;
    },
    0,
  );
  return { ...timing, backupMB: Math.round(bytes / 1024 ** 2) };
}
