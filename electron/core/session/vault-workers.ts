import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError } from '../base/app-error';
import {
  fromFailure,
  type TaskKind,
  type TaskProgress,
  type TaskResult,
  type VaultTask,
  type WorkerMessage,
  type WorkerRequest,
} from './worker-protocol';

export interface TaskOptions<K extends TaskKind = TaskKind> {
  onProgress?: (progress: TaskProgress<K>) => void;
  /** Runs once the thread has stopped, when it stopped before finishing: removes what it left half-done. */
  cleanUp?: () => void;
}

interface Job {
  id: number;
  task: VaultTask;
  key: SharedArrayBuffer;
  options: TaskOptions;
  resolve: (result: never) => void;
  reject: (error: unknown) => void;
  thread?: Worker;
  /** Why it was stopped, once it was. */
  stopped?: AppError;
  failure?: unknown;
}

/** A thread left idle this long is ended; starting one again costs a few tenths of a second. */
const IDLE_MS = 60_000;

const HERE = fileURLToPath(import.meta.url);

/**
 * Where the worker's code is. Built (the app; the benchmark's bundle), out/main/vault-worker.js,
 * which is two folders up from any bundle under out/. From source (tests and the command line run
 * TypeScript through tsx), vault-worker.ts beside this file, with tsx registered in the thread
 * before it loads.
 */
function workerEntry(): { file: string; execArgv?: string[] } {
  if (!HERE.endsWith('.ts')) return { file: join(dirname(HERE), '../../out/main/vault-worker.js') };
  const register = `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))}; register();`;
  return {
    file: join(dirname(HERE), 'vault-worker.ts'),
    execArgv: ['--import', `data:text/javascript,${encodeURIComponent(register)}`],
  };
}

function zero(key: SharedArrayBuffer): void {
  new Uint8Array(key).fill(0);
}

/**
 * The open vault's worker thread, the tasks waiting for it, and the database key they need. Tasks
 * run one at a time: two full reads of the vault at once would only slow each other and the app.
 * Each task opens its own connection with its own copy of the key, kept in shared memory so that
 * either side can zero it: the thread as soon as the connection is open, this side when the task
 * ends or is stopped. Between tasks the thread holds neither, and does not keep the process alive.
 */
export class VaultWorkers {
  /** The raw database key, from the vault opening until it locks. */
  private key: Buffer | null = null;
  private readonly queue: Job[] = [];
  private current: Job | null = null;
  private thread: Worker | null = null;
  private idleTimer: NodeJS.Timeout | null = null;
  private lastId = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly database: string) {}

  /** Something runs, waits its turn, or is still stopping. */
  get busy(): boolean {
    return this.current !== null || this.queue.length > 0;
  }

  /** Keeps a copy of the key of the vault that just opened; the caller zeroes its own. */
  holdKey(key: Buffer): void {
    this.dropKey();
    this.key = Buffer.alloc(key.length);
    key.copy(this.key);
  }

  /** Zeroes the key: no task starts from here on. Copies already handed to tasks stay theirs. */
  dropKey(): void {
    this.key?.fill(0);
    this.key = null;
  }

  run<K extends TaskKind>(task: VaultTask<K>, options: TaskOptions<K> = {}): Promise<TaskResult<K>> {
    if (!this.key)
      return Promise.reject(new AppError('LOCKED', 'The vault is locked. Unlock it to continue.'));
    const shared = new SharedArrayBuffer(this.key.length);
    new Uint8Array(shared).set(this.key);
    return new Promise<TaskResult<K>>((resolve, reject) => {
      // The thread posts the progress of the task it runs, so the listener gets its own kind.
      const jobOptions = options as TaskOptions;
      this.queue.push({
        id: ++this.lastId,
        task: task as VaultTask,
        key: shared,
        options: jobOptions,
        resolve,
        reject,
      });
      this.next();
    });
  }

  /**
   * Stops everything (the vault is locking). Waiting tasks never start; the running one's key is
   * zeroed and its thread terminated, which takes effect when SQLite's current statement returns.
   * Each rejects with `reason`, the running one once its thread has stopped.
   */
  stopAll(reason: AppError): void {
    for (const job of this.queue.splice(0)) {
      zero(job.key);
      job.reject(reason);
    }
    const running = this.current;
    if (running && !running.stopped) {
      running.stopped = reason;
      zero(running.key);
      void running.thread?.terminate();
    }
  }

  /** Resolves once nothing runs or waits. */
  settled(): Promise<void> {
    if (!this.busy) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private next(): void {
    if (this.current) return;
    const job = this.queue.shift();
    if (!job) {
      this.idleTimer ??= setTimeout(() => this.retire(), IDLE_MS).unref();
      for (const resolve of this.waiting.splice(0)) resolve();
      return;
    }
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    this.current = job;
    try {
      job.thread = this.thread ?? this.start();
    } catch (error) {
      job.failure = error;
      this.finish(job, null);
      return;
    }
    job.thread.ref();
    const request: WorkerRequest = { id: job.id, database: this.database, key: job.key, task: job.task };
    job.thread.postMessage(request);
  }

  private start(): Worker {
    const entry = workerEntry();
    const thread = new Worker(entry.file, { execArgv: entry.execArgv });
    thread.on('message', (message: WorkerMessage) => this.received(thread, message));
    thread.on('error', (error) => {
      if (this.current?.thread === thread) this.current.failure ??= error;
    });
    thread.on('exit', () => {
      if (this.thread === thread) this.thread = null;
      // Stopped, or it crashed: its connection ended with it.
      if (this.current?.thread === thread) this.finish(this.current, null);
    });
    this.thread = thread;
    return thread;
  }

  private received(thread: Worker, message: WorkerMessage): void {
    const job = this.current;
    if (!job || job.thread !== thread || job.id !== message.id || job.stopped) return;
    if (message.type === 'progress') {
      job.options.onProgress?.(message.progress);
      return;
    }
    if (message.type === 'failed') job.failure = fromFailure(message.failure);
    this.finish(job, message.type === 'done' ? { result: message.result } : null);
  }

  private finish(job: Job, done: { result: unknown } | null): void {
    zero(job.key);
    this.current = null;
    job.thread?.unref();
    if (done) {
      job.resolve(done.result as never);
    } else {
      try {
        job.options.cleanUp?.();
      } catch {
        // Whatever could not be removed now is removed by the next task of the kind.
      }
      job.reject(
        job.stopped ??
          job.failure ??
          new AppError('INTERNAL', 'The background task stopped before it finished.'),
      );
    }
    this.next();
  }

  /** Ends the thread if it is idle: it was idle too long, or the vault has closed. */
  retire(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    if (this.current || !this.thread) return;
    void this.thread.terminate();
    this.thread = null;
  }
}
