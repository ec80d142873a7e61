import { parentPort } from 'node:worker_threads';
import { dirname } from 'node:path';
import { CancelFlag } from '../base/cancel-flag';
import { anchorKey } from '../vault/audit-anchor';
import { runBackupJob } from '../vault/backups/backup-job';
import { writeExport } from '../vault/open-export/export-vault';
import { importVault } from '../vault/open-export/import-vault';
import { verifyVault } from '../vault/verify';
import { openEncrypted, type Db } from '../db/connection';
import {
  toFailure,
  type ImportJob,
  type TaskKind,
  type TaskProgress,
  type TaskResult,
  type VaultTask,
  type WorkerMessage,
  type WorkerRequest,
} from './worker-protocol';

/*
 * A worker thread for the long reads of the open vault (the full check, a backup, the export), each on a
 * connection of its own, so that the main thread, which in Electron serves every window, never
 * waits for them. WAL lets that connection read one consistent moment while the app goes on
 * writing. Built as out/main/vault-worker.js (electron.vite.config.ts); run by vault-workers.ts.
 */

const port = parentPort!;

function post(message: WorkerMessage): void {
  port.postMessage(message);
}

/** The tasks that read the open vault, on a connection of their own. */
type ReadingTask = VaultTask<Exclude<TaskKind, 'import'>>;

function run(
  db: Db,
  task: ReadingTask,
  context: { dir: string; anchorKey: Buffer },
  onProgress: (progress: TaskProgress<TaskKind>) => void,
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
    case 'export':
      return writeExport(db, { ...task.input, cancel: new CancelFlag(task.input.cancel), onProgress });
  }
}

/** A new vault from an export: the open vault's key is not needed, so it is zeroed unused. */
async function importInThread(id: number, key: SharedArrayBuffer, job: ImportJob): Promise<WorkerMessage> {
  new Uint8Array(key).fill(0);
  try {
    const result = await importVault(job.dir, job.passphrase, job.file, {
      ...(job.kdf && { kdf: job.kdf }),
      cancel: new CancelFlag(job.cancel),
      onProgress: (progress) => post({ id, type: 'progress', progress }),
    });
    return { id, type: 'done', result };
  } catch (error) {
    return { id, type: 'failed', failure: toFailure(error) };
  }
}

function perform(
  id: number,
  database: string,
  sharedKey: SharedArrayBuffer,
  task: ReadingTask,
): WorkerMessage {
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
    const onProgress = (progress: TaskProgress<TaskKind>) => post({ id, type: 'progress', progress });
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

port.on('message', ({ id, database, key, task }: WorkerRequest) => {
  if (task.kind === 'import') void importInThread(id, key, task.input).then(post);
  else post(perform(id, database, key, task));
});
