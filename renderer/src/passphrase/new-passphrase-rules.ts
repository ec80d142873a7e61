import type { z } from 'zod';
import { estimatePassphraseStrength } from '../../../shared/vault/estimate-passphrase-strength';

/**
 * The rules every form that sets a new passphrase adds on top of the contract's schema: strong
 * enough (the same check the main side enforces) and typed the same twice. Checking here too lets
 * the form say so at once instead of after a round trip and a slow key derivation. Asynchronous,
 * because the estimator loads on first use: the forms validate through zodResolver's parseAsync.
 */
export async function requireStrongMatchingPassphrase(
  ctx: z.core.$RefinementCtx<unknown>,
  field: string,
  passphrase: string,
  confirmation: string,
): Promise<void> {
  if (!(await estimatePassphraseStrength(passphrase)).acceptable) {
    ctx.addIssue({
      code: 'custom',
      path: [field],
      message: 'This passphrase is too easy to guess. The suggestions below show how to make it stronger.',
      input: passphrase,
    });
  }
  if (confirmation !== passphrase) {
    ctx.addIssue({
      code: 'custom',
      path: ['confirmation'],
      message: 'This does not match the passphrase above.',
      input: confirmation,
    });
  }
}
