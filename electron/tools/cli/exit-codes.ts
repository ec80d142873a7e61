import type { ErrorCode } from '../../../shared/errors';

/** Scripts branch on these numbers, so they are part of the command line's contract: never renumber. */
export const EXIT = {
  ok: 0,
  internal: 1,
  usage: 2,
  wrongPassphrase: 3,
  damaged: 4,
  fromFuture: 5,
  noVault: 6,
  vaultExists: 7,
  invalidInput: 8,
  io: 9,
  cancelled: 130,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

const BY_ERROR_CODE: Record<ErrorCode, ExitCode> = {
  VALIDATION: EXIT.invalidInput,
  NOT_FOUND: EXIT.noVault,
  CONFLICT: EXIT.vaultExists,
  LOCKED: EXIT.internal,
  WRONG_PASSPHRASE: EXIT.wrongPassphrase,
  VAULT_DAMAGED: EXIT.damaged,
  VAULT_FROM_FUTURE: EXIT.fromFuture,
  IO: EXIT.io,
  INTERNAL: EXIT.internal,
  CANCELLED: EXIT.cancelled,
};

export function exitCodeFor(code: ErrorCode): ExitCode {
  return BY_ERROR_CODE[code];
}

export const EXIT_CODE_TABLE = `Exit codes:
  0    success (for verify: every check passed)
  1    unexpected internal error
  2    usage error: unknown command or option, or no passphrase available
  3    wrong passphrase
  4    the vault is damaged (verify found a problem, or it cannot be read)
  5    the vault was written by a newer version of Rapport
  6    there is no vault at that path
  7    a vault (or other files) already exists there (init), or another copy of Rapport has
       the vault open
  8    invalid input: passphrase too weak, or the two entries differ (init); an export that
       import-json refuses (the table, the row and the rule are named)
  9    a file could not be read or written (permissions, disk full)
  130  cancelled at the passphrase prompt (Ctrl+C or Ctrl+D)`;
