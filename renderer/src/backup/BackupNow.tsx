import { useState } from 'react';
import { Label, ProgressBar } from 'react-aria-components';
import type { BackupProgress, BackupSummary } from '../../../shared/backup/backup-contract';
import { useBridgeEvent } from '../bridge/use-bridge-event';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { useBackupStatus, useRunBackup } from './backup-queries';
import { contentsSummary, phaseWords, progressPercent, sizeWords } from './backup-words';

const STARTING: BackupProgress = { phase: 'writing', step: 0, steps: 0 };

function BackupProgressBar({ progress }: { progress: BackupProgress }) {
  const words = progress.steps === 0 ? 'Starting the backup…' : phaseWords(progress.phase);
  return (
    <ProgressBar className="backup-progress" value={progressPercent(progress)} valueLabel={words}>
      {({ percentage }) => (
        <>
          <div className="backup-progress__labels">
            <Label className="backup-progress__label">Backing up</Label>
            <span className="backup-progress__phase">{words}</span>
          </div>
          <div className="backup-progress__track">
            <div className="backup-progress__fill" style={{ width: `${percentage ?? 0}%` }} />
          </div>
        </>
      )}
    </ProgressBar>
  );
}

function Finished({ summary }: { summary: BackupSummary }) {
  const seconds = (summary.ms / 1000).toLocaleString(undefined, { maximumFractionDigits: 1 });
  return (
    <Alert tone="success">
      <p>
        Backed up and checked. This backup holds {contentsSummary(summary.counts)} ({sizeWords(summary.bytes)}
        , made in {seconds} s).
      </p>
      {summary.secondCopy === 'copied' && <p>A copy is in your second folder too.</p>}
      {summary.secondCopy === 'failed' && (
        <p>The copy in your second folder failed; see the message above. The backup itself is safe.</p>
      )}
    </Alert>
  );
}

/**
 * "Back up now", with a bar that moves as each stage starts (the main side pushes 'backup:progress'),
 * then what the new backup holds. A backup the schedule starts shows its progress here too, and
 * "Back up now" pressed meanwhile waits for that one and shows what it holds.
 */
export function BackupNow() {
  const run = useRunBackup();
  const status = useBackupStatus();
  const [progress, setProgress] = useState<BackupProgress | null>(null);
  useBridgeEvent('backup:progress', setProgress);
  // One already under way when this appeared has sent no event here yet: the status says where it is.
  const latest = progress ?? status.data?.running ?? null;
  const underway = latest !== null && latest.phase !== 'done' && latest.phase !== 'failed';
  const shown = underway ? latest : run.isPending ? STARTING : null;

  return (
    <div className="stack--tight backup-now">
      <div className="form-actions">
        <ActionButton
          variant="primary"
          icon="download"
          isPending={run.isPending}
          pendingLabel="Backing up…"
          // A backup under way (the schedule's) is the one this waits for: its bar stays as it is.
          onPress={() => run.mutate()}
        >
          Back up now
        </ActionButton>
      </div>
      {shown && <BackupProgressBar progress={shown} />}
      {run.isSuccess && !run.isPending && <Finished summary={run.data} />}
      {run.isError && (
        <Alert tone="error">
          <p>The backup was not made: {run.error.message}</p>
        </Alert>
      )}
    </div>
  );
}
