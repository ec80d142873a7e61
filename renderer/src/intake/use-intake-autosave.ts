import { useCallback, useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { IntakeInput, IntakeStep } from '../../../shared/clients/intake-schema';
import { saveBeforeLock } from '../app/save-before-lock';
import { isBridgeCallError } from '../bridge/bridge-call-error';
import { call } from '../bridge/call';
import { draftFailureMessage } from './draft-failure-message';

/** Long enough not to save on every keystroke, short enough that a crash loses a sentence at most. */
const AUTOSAVE_DELAY_MS = 1000;

export type AutosaveState =
  | { kind: 'idle' }
  /** Changes typed that are not in the draft yet (the save waits for a pause in typing). */
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'failed'; message: string };

interface AutosaveOptions {
  clientId: string;
  baseRevision: number;
  step: IntakeStep;
  form: Pick<UseFormReturn<IntakeInput>, 'watch' | 'getValues'>;
}

export interface Autosave {
  state: AutosaveState;
  /**
   * Saves what is waiting now; resolves to whether everything typed so far is in the draft.
   * `always` writes the draft even with nothing new, for when it must exist (before the intake
   * itself is saved, so a refused save leaves the work in the draft).
   */
  flush(always?: boolean): Promise<boolean>;
  /** After the intake itself is saved: nothing more goes to the draft, which the save removed. */
  stop(): void;
}

/**
 * Keeps the intake's draft in the vault while the clinician types: a second after the last change,
 * and at once on leaving a field, changing step or closing the form. Saves go one at a time, in
 * order, so an older draft never lands after a newer one.
 */
export function useIntakeAutosave({ clientId, baseRevision, step, form }: AutosaveOptions): Autosave {
  const [state, setState] = useState<AutosaveState>({ kind: 'idle' });
  const dirty = useRef(false);
  const stopped = useRef(false);
  const mounted = useRef(true);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const queue = useRef<Promise<boolean>>(Promise.resolve(true));
  const stepRef = useRef(step);
  const { watch, getValues } = form;

  useEffect(() => {
    stepRef.current = step;
  }, [step]);

  const flush = useCallback(
    (always = false): Promise<boolean> => {
      clearTimeout(timer.current);
      if (always && !stopped.current) dirty.current = true;
      if (!dirty.current || stopped.current) return queue.current;
      dirty.current = false;
      const data = getValues();
      const draftStep = stepRef.current;
      if (mounted.current) setState({ kind: 'saving' });
      queue.current = queue.current
        .then(() => call('intake:saveDraft', { clientId, step: draftStep, baseRevision, data }))
        .then(
          ({ savedAt }) => {
            if (mounted.current && !dirty.current) setState({ kind: 'saved', at: savedAt });
            return !dirty.current;
          },
          (error: unknown) => {
            // Kept as unsaved, so the next change or flush tries again with the latest values.
            dirty.current = true;
            if (mounted.current) {
              setState({
                kind: 'failed',
                message: isBridgeCallError(error)
                  ? draftFailureMessage(error)
                  : 'The draft could not be saved.',
              });
            }
            return false;
          },
        );
      return queue.current;
    },
    [clientId, baseRevision, getValues],
  );

  useEffect(() => {
    const subscription = watch((_values, { name }) => {
      // A change has a field name; a reset of the whole form does not, and is nothing new to save.
      if (!name || stopped.current) return;
      dirty.current = true;
      setState((current) => (current.kind === 'pending' ? current : { kind: 'pending' }));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    });
    return () => subscription.unsubscribe();
  }, [watch, flush]);

  useEffect(() => {
    mounted.current = true;
    const unregister = saveBeforeLock(() => flush());
    return () => {
      unregister();
      mounted.current = false;
      // Leaving the form (another tab, another page) keeps what was typed in the last second too.
      void flush();
    };
  }, [flush]);

  const stop = useCallback(() => {
    stopped.current = true;
    dirty.current = false;
    clearTimeout(timer.current);
  }, []);

  return { state, flush, stop };
}
