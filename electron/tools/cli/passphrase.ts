import { estimatePassphraseStrength } from '../../../shared/vault/estimate-passphrase-strength';
import { AppError } from '../../core/base/app-error';
import { UsageError } from './args';
import type { CliIo } from './cli-io';
import { withHiddenInput } from './prompt';

/** For scripts. A person at a terminal is asked instead, which leaves nothing in shell history. */
const ENV_VAR = 'RAPPORT_PASSPHRASE';

function fromEnv(io: CliIo): string | null {
  return io.env[ENV_VAR] || null;
}

/** Without a terminal there is nobody to ask: waiting on a pipe would hang a script forever. */
function assertCanAsk(io: CliIo): void {
  if (!io.stdin.isTTY || typeof io.stdin.setRawMode !== 'function') {
    throw new UsageError(
      `No passphrase: set ${ENV_VAR}, or run rapport in a terminal so it can ask for the passphrase.`,
    );
  }
}

export async function passphraseToUnlock(io: CliIo): Promise<string> {
  const given = fromEnv(io);
  if (given) return given;
  assertCanAsk(io);
  return withHiddenInput(io.stdin, io.stderr, (ask) => ask('Passphrase: '));
}

export async function newPassphrase(io: CliIo): Promise<string> {
  const given = fromEnv(io);
  if (given) return given;
  assertCanAsk(io);
  io.stderr.write('Choose a passphrase: several unrelated words work well. Nothing is shown as you type.\n');
  return withHiddenInput(io.stdin, io.stderr, async (ask) => {
    const first = await ask('New passphrase: ');
    // Said now rather than after the second entry; the vault enforces the same rule again on create.
    const strength = await estimatePassphraseStrength(first);
    if (!strength.acceptable) {
      throw new AppError(
        'VALIDATION',
        `That passphrase is too easy to guess. ${strength.suggestions.join(' ')}`.trim(),
      );
    }
    const second = await ask('Type it again: ');
    if (second !== first) throw new AppError('VALIDATION', 'The two passphrases are not the same.');
    return first;
  });
}
