import { useState } from 'react';
import { Label, ProgressBar } from 'react-aria-components';
import type { IntegrityProgress } from '../../../shared/integrity/integrity-contract';
import { useBridgeEvent } from '../bridge/use-bridge-event';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { useIntegrityStatus, useRunIntegrityCheck } from './integrity-queries';
import { progressPercent, stepWords } from './integrity-words';

function CheckProgress({ progress }: { progress: IntegrityProgress | null }) {
  const words = progress
    ? `Step ${progress.step} of ${progress.steps}: ${stepWords(progress)}`
    : 'Starting the check…';
  return (
    <ProgressBar
      className="integrity-progress"
      value={progress ? progressPercent(progress) : 0}
      valueLabel={words}
    >
      {({ percentage }) => (
        <>
          <div className="integrity-progress__labels">
            <Label className="integrity-progress__label">Checking the vault</Label>
            <span className="integrity-progress__step">{words}</span>
          </div>
          <div className="integrity-progress__track">
            <div className="integrity-progress__fill" style={{ width: `${percentage ?? 0}%` }} />
          </div>
        </>
      )}
    </ProgressBar>
  );
}

/**
 * "Check now", with a bar that moves as each part of the check starts (the main side pushes
 * 'integrity:progress'). A check already under way (after unlocking, the daily one) shows here
 * too, and pressing the button then waits for that one.
 */
export function CheckNow() {
  const run = useRunIntegrityCheck();
  const status = useIntegrityStatus();
  const [progress, setProgress] = useState<IntegrityProgress | null>(null);
  useBridgeEvent('integrity:progress', setProgress);
  const running = run.isPending || Boolean(status.data?.running);
  // One under way before this appeared has sent no event here yet: the status says where it is.
  const shown = progress ?? status.data?.running ?? null;
  return (
    <div className="stack--tight">
      <div className="form-actions">
        <ActionButton
          variant="primary"
          icon="check"
          isPending={run.isPending}
          pendingLabel="Checking…"
          onPress={() => {
            setProgress(null);
            run.mutate();
          }}
        >
          Check now
        </ActionButton>
        <span className="form-hint">
          Reads every page of the vault from disk, then every signed note and the whole audit trail. It only
          reads: you can go on working meanwhile.
        </span>
      </div>
      {running && <CheckProgress progress={shown} />}
      {run.isError && (
        <Alert tone="error">
          <p>The check could not finish: {run.error.message}</p>
        </Alert>
      )}
    </div>
  );
}
