import type { BridgeError, ErrorCode } from '../../../shared/errors';

/** A failed bridge call as a thrown error, so TanStack Query and forms can handle it like any other. */
export class BridgeCallError extends Error {
  readonly code: ErrorCode;
  readonly issues: NonNullable<BridgeError['issues']>;
  readonly retryAfterMs: number;

  constructor(error: BridgeError) {
    super(error.message);
    this.name = 'BridgeCallError';
    this.code = error.code;
    this.issues = error.issues ?? [];
    this.retryAfterMs = error.retryAfterMs ?? 0;
  }
}

export function isBridgeCallError(error: unknown): error is BridgeCallError {
  return error instanceof BridgeCallError;
}
