import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { isBridgeCallError } from '../bridge/bridge-call-error';
import { fieldByPath } from './intake-fields';

/**
 * Puts the main side's VALIDATION issues for an intake (paths like "data.identity.email") under the
 * fields they name; returns a message for whatever could not be placed, or null.
 */
export function placeIntakeIssues<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
): string | null {
  if (!isBridgeCallError(error)) return 'Something went wrong. Nothing was changed; please try again.';
  if (error.code !== 'VALIDATION' || error.issues.length === 0) return error.message;
  let placedAll = true;
  for (const issue of error.issues) {
    const path = issue.path.replace(/^data\./, '');
    if (fieldByPath(path)) setError(path as Path<T>, { type: 'server', message: issue.message });
    else placedAll = false;
  }
  return placedAll ? 'Some answers need a look. They are marked in the steps.' : error.message;
}

/** Finishing was refused only because no informed consent is signed: the clinician may say why. */
export function isConsentRefusal(error: unknown): boolean {
  return (
    isBridgeCallError(error) &&
    error.code === 'VALIDATION' &&
    error.issues.some((issue) => issue.path === 'withoutConsentReason')
  );
}
