import type { BridgeCallError } from '../bridge/bridge-call-error';
import { fieldByPath } from './intake-fields';

/** Why a draft save failed, naming the field in the clinician's words rather than by its path. */
export function draftFailureMessage(error: BridgeCallError): string {
  if (error.code === 'VALIDATION') {
    const issue = error.issues[0];
    const field = issue ? fieldByPath(issue.path.replace(/^data\./, '')) : undefined;
    if (issue && field) return `${field.label}: ${issue.message}`;
  }
  return error.message;
}
