import { parentPort } from 'node:worker_threads';
import type { BackupProgress } from '../../../shared/backup/backup-contract';
import { isDamage } from '../vault/backups/backup-failure';
import { runBackupJob } from '../vault/backups/backup-job';
import { quickCheckFromDisk } from '../db/backups';
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

function check(db: Db): TaskResult<'check'> {
  try {
    return { sound: quickCheckFromDisk(db) === 'ok' };
  } catch (error) {
    // Only pages that fail to decrypt or parse are evidence; anything else is a failed check.
    if (isDamage(error)) return { sound: false };
    throw error;
  }
}

function run(db: Db, task: VaultTask, onProgress: (progress: BackupProgress) => void): TaskResult<TaskKind> {
  switch (task.kind) {
    case 'check':
      return check(db);
    case 'backup':
      return runBackupJob(db, task.input, onProgress);
  }
}

function perform({ id, database, key: sharedKey, task }: WorkerRequest): WorkerMessage {
  let db: Db | null = null;
  try {
    // A view of the session's copy, not a further copy: zeroing it here zeroes it there too.
    const key = Buffer.from(sharedKey);
    try {
      db = openEncrypted(database, key, { create: false });
    } finally {
      key.fill(0);
    }
    const onProgress = (progress: BackupProgress) => post({ id, type: 'progress', progress });
    return { id, type: 'done', result: run(db, task, onProgress) };
  } catch (error) {
    return { id, type: 'failed', failure: toFailure(error) };
  } finally {
    // Closed before the answer goes out: the session may close the vault as soon as it has it.
    db?.close();
  }
}

port.on('message', (request: WorkerRequest) => post(perform(request)));
