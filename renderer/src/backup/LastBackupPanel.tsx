import { useId } from 'react';
import { BACKUP_STALE_AFTER_DAYS, type BackupStatus } from '../../../shared/backup/backup-contract';
import { Alert } from '../ui/Alert';
import { Icon } from '../ui/Icon';
import { useBackupStatus } from './backup-queries';
import { BackupNow } from './BackupNow';
import { ageWords, momentWords, shortMomentWords, triggerWords } from './backup-words';

function LastGood({ status }: { status: BackupStatus }) {
  const last = status.lastGood;
  return (
    <div className={status.stale ? 'backup-last backup-last--stale' : 'backup-last'}>
      <Icon name={status.stale ? 'alert' : 'check'} />
      {last ? (
        <div className="backup-last__text">
          <p className="backup-last__age">Last good backup: {ageWords(last.createdAt)}</p>
          <p className="muted">
            <time dateTime={last.createdAt}>{momentWords(last.createdAt)}</time> ·{' '}
            {triggerWords(last.trigger)}
          </p>
        </div>
      ) : (
        <div className="backup-last__text">
          <p className="backup-last__age">No backup of this vault yet</p>
        </div>
      )}
    </div>
  );
}

function StaleWarning({ status }: { status: BackupStatus }) {
  if (!status.stale) return null;
  return (
    <Alert tone="warning">
      {status.lastGood ? (
        <p>
          Your last backup is more than {BACKUP_STALE_AFTER_DAYS} days old. Back up now, so a lost or broken
          computer costs you nothing.
        </p>
      ) : (
        <p>
          There is no backup yet. Back up now; after that Rapport keeps backing up by itself whenever the
          vault locks.
        </p>
      )}
    </Alert>
  );
}

/** When the last good backup was made, a calm warning when that is too long ago, and "Back up now". */
export function LastBackupPanel() {
  const headingId = useId();
  const status = useBackupStatus();
  return (
    <section className="panel" aria-labelledby={headingId}>
      <div className="panel__header">
        <h3 id={headingId}>Last backup</h3>
        <p>
          Rapport backs up by itself when the vault locks, when it closes, and once a day while it is open.
          Each backup is opened and checked after it is written.
        </p>
      </div>
      {status.isPending && <p className="muted">Loading…</p>}
      {status.isError && <Alert tone="error">{status.error.message}</Alert>}
      {status.data && (
        <>
          <LastGood status={status.data} />
          <StaleWarning status={status.data} />
          {status.data.lastError && (
            <Alert tone="warning">
              <p>Something went wrong with the backup at {shortMomentWords(status.data.lastError.at)}:</p>
              <p>{status.data.lastError.message}</p>
            </Alert>
          )}
        </>
      )}
      <BackupNow />
    </section>
  );
}
