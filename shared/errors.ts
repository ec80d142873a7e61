/** The closed list of error codes that may cross the bridge. UI code switches on these, never on text. */
export const ERROR_CODES = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'LOCKED',
  'WRONG_PASSPHRASE',
  'VAULT_DAMAGED',
  'VAULT_FROM_FUTURE',
  'IO',
  'INTERNAL',
  /** The person stopped long work (an export, an import) before it finished; nothing of it was kept. */
  'CANCELLED',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface BridgeError {
  code: ErrorCode;
  message: string;
  /** For VALIDATION: the offending field paths and their messages, so forms can show them inline. */
  issues?: { path: string; message: string }[];
  /** For WRONG_PASSPHRASE: how long the UI must wait before the next attempt is accepted. */
  retryAfterMs?: number;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: BridgeError };
