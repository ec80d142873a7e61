import { useQuery } from '@tanstack/react-query';
import { DateTime } from 'luxon';
import { useId } from 'react';
import { queryKeys } from '../bridge/query-keys';
import { call } from '../bridge/call';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { Icon } from '../ui/Icon';
import { useRunBackup } from './backup-queries';

/** "3 hours ago", "2 days ago" in the clinician's language. */
function ageOf(iso: string): string {
  return DateTime.fromISO(iso).toRelative() ?? iso;
}

/** How old the last good backup is; a warning colour when it is older than a few days (or missing). */
export function BackupCard() {
  const headingId = useId();
  const status = useQuery({ queryKey: queryKeys.backupStatus, queryFn: () => call('backup:status', {}) });
  const data = status.data;
  const run = useRunBackup();
  const running =
    run.isPending || (!!data?.running && data.running.phase !== 'done' && data.running.phase !== 'failed');
  return (
    <section className="panel" aria-labelledby={headingId} data-stale={data?.stale || undefined}>
      <div className="panel__header">
        <h2 id={headingId}>Backup</h2>
      </div>
      {status.isPending && <p className="muted">Loading…</p>}
      {status.isError && <Alert tone="error">{status.error.message}</Alert>}
      {data && (
        <p className={data.stale ? 'home-backup home-backup--stale' : 'home-backup'}>
          <Icon name={data.stale ? 'alert' : 'check'} />
          <span>
            {data.lastGood
              ? `Last good backup ${ageOf(data.lastGood.createdAt)}.`
              : 'There is no backup of this vault yet.'}
            {data.stale && ' Back up soon, so a lost or broken computer costs nothing.'}
          </span>
        </p>
      )}
      {data?.lastError && <Alert tone="warning">The last backup failed: {data.lastError.message}</Alert>}
      {data?.stale && (
        <div>
          <ActionButton isPending={running} pendingLabel="Backing up…" onPress={() => run.mutate()}>
            Back up now
          </ActionButton>
        </div>
      )}
    </section>
  );
}
