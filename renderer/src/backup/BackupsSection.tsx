import { useEffect, useRef } from 'react';
import { Alert } from '../ui/Alert';
import { contentsSummary } from './backup-words';
import { LastBackupPanel } from './LastBackupPanel';
import { BackupListPanel } from './BackupListPanel';
import { useRestoreRun } from './restore-run';
import { SecondFolderPanel } from './SecondFolderPanel';
import './backup.css';

/** After a restore: what was put in place, and where the vault it replaced went. */
function RestoredNotice() {
  const run = useRestoreRun();
  if (run?.state !== 'done') return null;
  const { result } = run;
  return (
    <Alert tone="success">
      <p>
        Restored {run.what}. It holds {contentsSummary(result.contents)}.
      </p>
      {result.setAside && (
        <p>
          The vault you had before is kept aside: it is in the list below as “Set aside by a restore”, and
          restoring it brings it back.
        </p>
      )}
    </Alert>
  );
}

/**
 * Settings → Backups: the last good backup and "Back up now", every backup with what it holds and
 * a restore, and the second folder. `isTarget` when the clinician was sent here (after a restore).
 */
export function BackupsSection({ isTarget = false }: { isTarget?: boolean }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (isTarget) heading.current?.focus();
  }, [isTarget]);
  return (
    <section className="settings-section" aria-labelledby="settings-backups">
      <h2 id="settings-backups" ref={heading} tabIndex={-1} className="settings-section__target">
        Backups
      </h2>
      <RestoredNotice />
      <LastBackupPanel />
      <BackupListPanel />
      <SecondFolderPanel />
    </section>
  );
}
