import Database from 'better-sqlite3-multiple-ciphers';
import type { BackupProgress } from '../../../shared/backup/backup-contract';
import type { IntegrityProgress, IntegrityReport } from '../../../shared/integrity/integrity-contract';
import type { ErrorCode } from '../../../shared/errors';
import type { BackupJobRequest, BackupJobResult } from '../vault/backups/backup-job';
import type { KdfParams } from '../vault/key-file';
import type { ExportOptions, ExportProgress, WrittenExport } from '../vault/open-export/export-vault';
import type { ImportProgress } from '../vault/open-export/import-vault';
import { AppError } from '../base/app-error';

/*
 * What passes between the session's side (vault-workers.ts) and a vault worker thread
 * (vault-worker.ts): a task, its progress, and its result or failure. A thread does one task at
 * a time. Everything here survives structured cloning.
 */

/** The work a worker does on its own connection to the open vault, and what each gives back. */
export interface VaultTasks {
  /**
   * The integrity check (vault/verify.ts): every page from disk (SQLite's quick check, or with
   * `full` the page walk, the full integrity check and foreign keys), then the record itself.
   */
  check: { input: { full: boolean }; result: IntegrityReport; progress: IntegrityProgress };
  backup: { input: BackupJobRequest; result: BackupJobResult; progress: BackupProgress };
  /**
   * The whole vault in the clear, written into its partial folder (vault/open-export/export-vault.ts)
   * and stoppable between rows; the session's side renames it into place.
   */
  export: { input: ExportJob; result: WrittenExport; progress: ExportProgress };
  /**
   * A new vault in `dir` from an export file (vault/open-export/import-vault.ts). It does not read
   * the open vault: the thread opens no connection to it.
   */
  import: { input: ImportJob; result: ImportJobResult; progress: ImportProgress };
}

/** The flag is a CancelFlag's buffer: the session's side sets it, the thread reads it between rows. */
export type ExportJob = Omit<ExportOptions, 'cancel' | 'onProgress' | 'partial'> & {
  partial: string;
  cancel: SharedArrayBuffer;
};
export interface ImportJob {
  dir: string;
  passphrase: string;
  file: string;
  kdf?: KdfParams;
  cancel: SharedArrayBuffer;
}
export interface ImportJobResult {
  recoveryKey: string;
  tables: Record<string, number>;
}
export type TaskKind = keyof VaultTasks;
export type VaultTask<K extends TaskKind = TaskKind> = {
  [T in K]: { kind: T; input: VaultTasks[T]['input'] };
}[K];
export type TaskResult<K extends TaskKind> = VaultTasks[K]['result'];
export type TaskProgress<K extends TaskKind> = VaultTasks[K]['progress'];

export interface WorkerRequest {
  id: number;
  database: string;
  /** The 32-byte key, shared with the session: the worker zeroes it once its connection is open. */
  key: SharedArrayBuffer;
  task: VaultTask;
}

/**
 * Why a task failed, kept as the kind of error the same code would have thrown in the main
 * thread: the session and the backup service tell damage, a full disk and a missing folder apart
 * by class and code. Messages are SQLite's, the system's or already written for the clinician.
 */
export type WorkerFailure =
  | { kind: 'app'; code: ErrorCode; message: string }
  | { kind: 'sqlite'; code: string; message: string }
  | { kind: 'system'; code: string | null; message: string };

/** About the task with the same id. 'done' and 'failed' come once its connection is closed. */
export type WorkerMessage = { id: number } & (
  | { type: 'progress'; progress: TaskProgress<TaskKind> }
  | { type: 'done'; result: TaskResult<TaskKind> }
  | { type: 'failed'; failure: WorkerFailure }
);

export function toFailure(error: unknown): WorkerFailure {
  if (error instanceof AppError) return { kind: 'app', code: error.code, message: error.message };
  if (error instanceof Database.SqliteError)
    return { kind: 'sqlite', code: error.code, message: error.message };
  const code = (error as { code?: unknown } | null)?.code;
  return {
    kind: 'system',
    code: typeof code === 'string' ? code : null,
    message: error instanceof Error ? error.message : 'The task stopped.',
  };
}

export function fromFailure(failure: WorkerFailure): Error {
  switch (failure.kind) {
    case 'app':
      return new AppError(failure.code, failure.message);
    case 'sqlite':
      return new Database.SqliteError(failure.message, failure.code);
    case 'system':
      return Object.assign(new Error(failure.message), failure.code ? { code: failure.code } : {});
  }
}
