import { parentPort } from 'node:worker_threads';
import type { BackupProgress } from '../../../shared/backup/backup-contract';
import { dirname } from 'node:path';
import type { IntegrityProgress } from '../../../shared/integrity/integrity-contract';
import { anchorKey } from '../vault/audit-anchor';
import { runBackupJob } from '../vault/backups/backup-job';
import { verifyVault } from '../vault/verify';
import { openEncrypted, type Db } from '../db/connection';
import {
  toFailure,
  type TaskKind,
  type TaskResult,
  type VaultTask,
  type WorkerMessage,
  type WorkerRequest,
} from './worker-protocol';

/*
 * A worker thread for the long reads of the open vault (the full check, a backup), each on a
 * connection of its own, so that the main thread, which in Electron serves every window, never
 * waits for them. WAL lets that connection read one consistent moment while the app goes on
 * writing. Built as out/main/vault-worker.js (electron.vite.config.ts); run by vault-workers.ts.
 */

const port = parentPort!;

function post(message: WorkerMessage): void {
  port.postMessage(message);
}

function run(
  db: Db,
  task: VaultTask,
  context: { dir: string; anchorKey: Buffer },
  onProgress: (progress: BackupProgress | IntegrityProgress) => void,
): TaskResult<TaskKind> {
  switch (task.kind) {
    case 'check':
      return verifyVault(db, {
        pages: task.input.full ? 'full' : 'quick',
        anchor: { dir: context.dir, key: context.anchorKey },
        onProgress,
      });
    case 'backup':
      return runBackupJob(db, task.input, onProgress, context.anchorKey);
  }
}

function perform({ id, database, key: sharedKey, task }: WorkerRequest): WorkerMessage {
  let db: Db | null = null;
  let keyForAnchor: Buffer | null = null;
  try {
    // A view of the session's copy, not a further copy: zeroing it here zeroes it there too.
    const key = Buffer.from(sharedKey);
    try {
      keyForAnchor = anchorKey(key);
      db = openEncrypted(database, key, { create: false });
    } finally {
      key.fill(0);
    }
    const onProgress = (progress: BackupProgress | IntegrityProgress) =>
      post({ id, type: 'progress', progress });
    const context = { dir: dirname(database), anchorKey: keyForAnchor };
    return { id, type: 'done', result: run(db, task, context, onProgress) };
  } catch (error) {
    return { id, type: 'failed', failure: toFailure(error) };
  } finally {
    // Closed before the answer goes out: the session may close the vault as soon as it has it.
    db?.close();
    keyForAnchor?.fill(0);
  }
}

port.on('message', (request: WorkerRequest) => post(perform(request)));
