import { useId, useState } from 'react';
import { chooseFolder } from '../files/choose-folder';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { useBackupStatus, useSetSecondFolder } from './backup-queries';

type Outcome = { tone: 'success' | 'error'; message: string } | null;

/**
 * A second place every backup is copied to: an external drive, or a folder a cloud service syncs.
 * The copies are encrypted like the vault, which is what makes a synced folder safe to use.
 */
export function SecondFolderPanel() {
  const headingId = useId();
  const status = useBackupStatus();
  const setFolder = useSetSecondFolder();
  const [choosing, setChoosing] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const current = status.data?.secondFolder ?? null;
  const busy = choosing || setFolder.isPending;

  const choose = async () => {
    setOutcome(null);
    setChoosing(true);
    let path: string | null;
    try {
      path = await chooseFolder('backup-second-folder');
    } catch (error) {
      setOutcome({ tone: 'error', message: (error as Error).message });
      return;
    } finally {
      setChoosing(false);
    }
    if (path === null) return;
    setFolder.mutate(
      { path },
      {
        onSuccess: () =>
          setOutcome({
            tone: 'success',
            message:
              'From the next backup on, a copy goes to this folder too. Back up now to put one there at once.',
          }),
        onError: (error) => setOutcome({ tone: 'error', message: error.message }),
      },
    );
  };

  const stop = () => {
    setOutcome(null);
    setFolder.mutate(
      { path: null },
      {
        onSuccess: () =>
          setOutcome({
            tone: 'success',
            message:
              'Backups are no longer copied there. The copies already in that folder are left as they are.',
          }),
        onError: (error) => setOutcome({ tone: 'error', message: error.message }),
      },
    );
  };

  return (
    <section className="panel" aria-labelledby={headingId}>
      <div className="panel__header">
        <h3 id={headingId}>Second backup folder</h3>
        <p>
          Keep a copy of every backup somewhere else too: an external drive, or a folder your cloud service
          syncs.
        </p>
      </div>
      <p className="backup-encrypted">
        Each copy is encrypted with your vault’s key, exactly like the vault itself. A synced folder or the
        company behind it only ever sees unreadable data; without your passphrase or recovery key nobody can
        open it.
      </p>
      {status.data &&
        (current ? (
          <p>
            Copies go to <span className="path">{current}</span>
          </p>
        ) : (
          <p className="muted">No second folder is set: backups are kept in the vault folder only.</p>
        ))}
      {outcome && (
        <Alert tone={outcome.tone}>
          <p>{outcome.message}</p>
        </Alert>
      )}
      <div className="form-actions">
        <ActionButton
          onPress={() => void choose()}
          isPending={busy}
          pendingLabel={choosing ? 'Waiting for your choice…' : 'Saving…'}
        >
          {current ? 'Change folder…' : 'Choose a folder…'}
        </ActionButton>
        {current && (
          <ActionButton variant="quiet" onPress={stop} isDisabled={busy}>
            Stop using this folder
          </ActionButton>
        )}
      </div>
    </section>
  );
}
