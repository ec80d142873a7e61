import type { BridgeError, ErrorCode } from '../../../shared/errors';

/** An expected failure with a message written for the clinician. Anything else becomes INTERNAL. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extra: Omit<BridgeError, 'code' | 'message'> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }

  toBridge(): BridgeError {
    return { code: this.code, message: this.message, ...this.extra };
  }
}
