import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { isBridgeCallError } from '../bridge/bridge-call-error';

/**
 * Puts a failed call's VALIDATION issues under the fields they name and returns the message for the
 * form as a whole (or null when every issue found its field), so nothing the main side said is lost.
 */
export function applyServerError<T extends FieldValues>(
  error: unknown,
  fields: readonly Path<T>[],
  setError: UseFormSetError<T>,
): string | null {
  if (!isBridgeCallError(error)) return 'Something went wrong. Nothing was changed; please try again.';
  if (error.code !== 'VALIDATION' || error.issues.length === 0) return error.message;
  let placedAll = true;
  for (const issue of error.issues) {
    const field = fields.find((name) => name === issue.path);
    if (field) setError(field, { type: 'server', message: issue.message });
    else placedAll = false;
  }
  return placedAll ? null : error.message;
}
