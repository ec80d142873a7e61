import { AppError } from './app-error';

/**
 * A request to stop long work, set on one thread and read on another between rows: the flag lives
 * in shared memory, so a worker thread busy writing sees it without waiting for a message it could
 * only read once it had finished.
 */
export class CancelFlag {
  private readonly cell: Int32Array;

  constructor(readonly buffer: SharedArrayBuffer = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT)) {
    this.cell = new Int32Array(buffer);
  }

  request(): void {
    Atomics.store(this.cell, 0, 1);
  }

  get requested(): boolean {
    return Atomics.load(this.cell, 0) === 1;
  }

  /** Ends the work here, once a stop was asked for; whoever started it removes what it had made. */
  throwIfRequested(): void {
    if (this.requested) throw new AppError('CANCELLED', 'Cancelled.');
  }
}

export function isCancelled(error: unknown): boolean {
  return error instanceof AppError && error.code === 'CANCELLED';
}
