import { isBridgeCallError } from '../bridge/bridge-call-error';

/** What to tell the clinician after a failed unlock or recovery: what happened and what to do next. */
export function unlockFailureMessage(error: unknown): string {
  if (!isBridgeCallError(error)) return 'Something went wrong. Nothing was changed; please try again.';
  if (error.code !== 'WRONG_PASSPHRASE') return error.message;
  if (error.retryAfterMs > 0) {
    return `${error.message} To protect your vault, Rapport waits a little longer after each wrong try.`;
  }
  return `${error.message} Check that Caps Lock is off, then try again.`;
}
