import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import type { ClientModeState } from '../../../shared/client-mode/client-mode-contract';
import { queryKeys } from '../bridge/query-keys';
import { useActivityReporter } from '../vault/use-activity-reporter';
import { clientSteps } from './client-steps';
import { FocusGuard } from './FocusGuard';
import { LeaveClientMode } from './LeaveClientMode';
import { useContainedKeys } from './use-contained-keys';
import './client-mode.css';

type ActiveState = Extract<ClientModeState, { active: true }>;

/**
 * The laptop in the client's hands: their steps one after another, in large calm type, and nothing
 * of the record: no names but their first, no navigation, no way out but the clinician's secret.
 */
export function ClientModeScreen({ state }: { state: ActiveState }) {
  const queryClient = useQueryClient();
  const steps = useMemo(() => clientSteps(state.steps), [state.steps]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const root = useRef<HTMLDivElement>(null);
  useContainedKeys(root);
  // The client answering counts as someone at the laptop; the auto-lock still runs when nobody is.
  useActivityReporter();

  const step = steps[0];
  const done = (answers: never) => {
    if (!step || busy) return;
    setBusy(true);
    setError(null);
    step
      .onDone(answers)
      .then(() => queryClient.invalidateQueries({ queryKey: queryKeys.clientMode }))
      .catch((failure: unknown) =>
        setError(`${(failure as Error).message} Your answers are still here: please try again.`),
      )
      .finally(() => setBusy(false));
  };

  return (
    <div className="client-mode" ref={root}>
      <FocusGuard root={root} at="start" />
      <main className="client-mode__page" aria-labelledby="client-mode-title">
        <p className="client-mode__greeting">
          {state.greetingName ? `Hello, ${state.greetingName}` : 'Hello'}
        </p>
        {step && state.steps.length > 1 && (
          <p className="client-mode__part">
            Part {state.steps.length - steps.length + 1} of {state.steps.length}
          </p>
        )}
        <h1 id="client-mode-title">{step ? step.title : 'Thank you'}</h1>
        {step ? (
          <step.Component key={step.key} onDone={done} busy={busy} error={error} />
        ) : (
          <p className="client-mode__thanks" role="status">
            Your answers are saved. Please hand the laptop back to your therapist.
          </p>
        )}
      </main>
      <footer className="client-mode__foot">
        <LeaveClientMode pinSet={state.pinSet} />
      </footer>
      <FocusGuard root={root} at="end" />
    </div>
  );
}
