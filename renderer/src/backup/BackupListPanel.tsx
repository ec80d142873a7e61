import { useId, useState } from 'react';
import type { BackupEntry } from '../../../shared/backup/backup-contract';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { useBackupList, useBackupStatus } from './backup-queries';
import { BackupContentsDialog } from './BackupContentsDialog';
import {
  ageWords,
  contentsSummary,
  locationWords,
  momentWords,
  shortMomentWords,
  sizeWords,
  triggerWords,
} from './backup-words';
import { RestoreBackupDialog } from './RestoreBackupDialog';

interface BackupRowProps {
  entry: BackupEntry;
  onSeeContents: () => void;
  onRestore: () => void;
}

function BackupRow({ entry, onSeeContents, onRestore }: BackupRowProps) {
  const whenId = useId();
  const when = shortMomentWords(entry.createdAt);
  const facts =
    entry.location === 'set-aside'
      ? ['Set aside by a restore: your vault as it was when the restore replaced it']
      : [triggerWords(entry.trigger), sizeWords(entry.bytes), locationWords(entry.location)].filter(Boolean);
  return (
    <li className={`backup-row backup-row--${entry.location}`}>
      <div className="backup-row__text">
        <p className="backup-row__when">
          <time id={whenId} dateTime={entry.createdAt} title={momentWords(entry.createdAt)}>
            {when}
          </time>
          <span className="muted"> · {ageWords(entry.createdAt)}</span>
        </p>
        <p className="backup-row__facts">{facts.join(' · ')}</p>
        {entry.contents && <p className="backup-row__holds">Holds {contentsSummary(entry.contents)}</p>}
        {!entry.contents && entry.problem && <p className="backup-row__holds">{entry.problem}</p>}
      </div>
      <div className="backup-row__actions">
        {/* Every row has the same two buttons: the row's date tells a screen reader which backup. */}
        <ActionButton onPress={onSeeContents} aria-describedby={whenId}>
          See contents
        </ActionButton>
        <ActionButton onPress={onRestore} aria-describedby={whenId}>
          Restore…
        </ActionButton>
      </div>
    </li>
  );
}

/** Every backup Rapport can find, newest first, with what each holds and a way to restore it. */
export function BackupListPanel() {
  const headingId = useId();
  const list = useBackupList();
  const status = useBackupStatus();
  const [showing, setShowing] = useState<BackupEntry | null>(null);
  const [restoring, setRestoring] = useState<BackupEntry | null>(null);
  const entries = list.data?.entries ?? [];

  return (
    <section className="panel" aria-labelledby={headingId}>
      <div className="panel__header">
        <h3 id={headingId}>Your backups</h3>
        <p>
          Rapport keeps a backup for each of the last 7 days, 4 weeks and 12 months, and never removes a vault
          set aside by a restore.
        </p>
        {status.data && (
          <p className="backup-folder">
            Kept in <span className="path">{status.data.folder}</span>
          </p>
        )}
      </div>
      {list.isPending && <p className="muted">Reading your backups…</p>}
      {list.isError && <Alert tone="error">{list.error.message}</Alert>}
      {list.isSuccess && entries.length === 0 && (
        <p className="muted">
          No backups yet. The first is made when you choose “Back up now” or when the vault next locks.
        </p>
      )}
      {entries.length > 0 && (
        <ul className="backup-list" aria-labelledby={headingId}>
          {entries.map((entry) => (
            <BackupRow
              key={entry.id}
              entry={entry}
              onSeeContents={() => setShowing(entry)}
              onRestore={() => setRestoring(entry)}
            />
          ))}
        </ul>
      )}
      <BackupContentsDialog entry={showing} onClose={() => setShowing(null)} />
      <RestoreBackupDialog entry={restoring} onClose={() => setRestoring(null)} />
    </section>
  );
}
