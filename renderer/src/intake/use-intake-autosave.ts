import { useCallback, useEffect, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { Autosaver, type SaveStatus } from '../../../shared/autosave/autosaver';
import type { IntakeInput, IntakeStep } from '../../../shared/clients/intake-schema';
import { useAutosaver, useSaveStatus } from '../autosave/use-autosaver';
import { isBridgeCallError } from '../bridge/bridge-call-error';
import { call } from '../bridge/call';
import { draftFailureMessage } from './draft-failure-message';

/** Long enough not to save on every keystroke, short enough that a crash loses a sentence at most. */
const AUTOSAVE_DELAY_MS = 1000;
/** Answers are short, so typing rarely goes on this long; when it does, it is saved anyway. */
const AUTOSAVE_MAX_WAIT_MS = 5000;

interface AutosaveOptions {
  clientId: string;
  baseRevision: number;
  step: IntakeStep;
  form: Pick<UseFormReturn<IntakeInput>, 'watch' | 'getValues'>;
}

export interface IntakeAutosave {
  status: SaveStatus;
  /**
   * Saves what is waiting now; resolves to whether everything typed so far is in the draft.
   * `always` writes the draft even with nothing new, for when it must exist (before the intake
   * itself is saved, so a refused save leaves the work in the draft).
   */
  flush(always?: boolean): Promise<boolean>;
  /** After the intake itself is saved or the draft discarded: nothing more goes to the draft. */
  stop(): void;
}

interface DraftTarget {
  clientId: string;
  baseRevision: number;
  step: IntakeStep;
}

/** The saver of one intake draft; `aimAt` keeps it pointed at the step and revision on screen. */
function draftSaver(initial: DraftTarget, getValues: () => IntakeInput) {
  let target = initial;
  const saver = new Autosaver({
    read: () => ({ ...target, data: getValues() }),
    save: async (draft: DraftTarget & { data: IntakeInput }) => {
      await call('intake:saveDraft', draft);
    },
    isConflict: () => false,
    describe: (error) =>
      isBridgeCallError(error) ? draftFailureMessage(error) : 'The draft could not be saved.',
    debounceMs: AUTOSAVE_DELAY_MS,
    maxWaitMs: AUTOSAVE_MAX_WAIT_MS,
  });
  return {
    saver,
    aimAt(next: DraftTarget) {
      target = next;
    },
  };
}

/**
 * Keeps the intake's draft in the vault while the clinician types, with the editors' one autosave
 * engine: a second after the last change (and within five seconds while typing goes on), at
 * once on leaving a field, changing step or closing the form, and before the vault locks. Saves go
 * one at a time, in order, so an older draft never lands after a newer one.
 */
export function useIntakeAutosave({ clientId, baseRevision, step, form }: AutosaveOptions): IntakeAutosave {
  const { watch, getValues } = form;
  const [{ saver, aimAt }] = useState(() => draftSaver({ clientId, baseRevision, step }, getValues));
  useEffect(() => aimAt({ clientId, baseRevision, step }), [aimAt, clientId, baseRevision, step]);
  useAutosaver(saver);
  const status = useSaveStatus(saver);

  useEffect(() => {
    const subscription = watch((_values, { name }) => {
      // A change has a field name; a reset of the whole form does not, and is nothing new to save.
      if (name) saver.change();
    });
    return () => subscription.unsubscribe();
  }, [watch, saver]);

  const flush = useCallback(
    (always = false) => {
      if (always) saver.change();
      return saver.flush();
    },
    [saver],
  );
  const stop = useCallback(() => saver.stop(), [saver]);

  return { status, flush, stop };
}
