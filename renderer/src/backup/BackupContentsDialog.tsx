import type { BackupEntry } from '../../../shared/backup/backup-contract';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { ModalDialog } from '../ui/ModalDialog';
import { contentsLines, locationWords, momentWords, sizeWords, triggerWords } from './backup-words';

interface BackupContentsDialogProps {
  entry: BackupEntry | null;
  onClose: () => void;
}

/** What one backup holds, kind by kind, and the facts about it: why it was made, where, how big. */
export function BackupContentsDialog({ entry, onClose }: BackupContentsDialogProps) {
  return (
    <ModalDialog
      title="What this backup holds"
      subtitle={entry ? momentWords(entry.createdAt) : undefined}
      isOpen={entry !== null}
      onClose={onClose}
    >
      {entry && (
        <div className="stack">
          {entry.contents ? (
            <ul className="backup-contents">
              {contentsLines(entry.contents).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          ) : (
            <Alert tone="info">
              <p>{entry.problem ?? 'What it holds cannot be read right now.'}</p>
            </Alert>
          )}
          <dl className="facts">
            <div>
              <dt>Why it was made</dt>
              <dd>{triggerWords(entry.trigger)}</dd>
            </div>
            <div>
              <dt>Where it is</dt>
              <dd>{locationWords(entry.location)}</dd>
            </div>
            {entry.bytes !== null && (
              <div>
                <dt>Size</dt>
                <dd>{sizeWords(entry.bytes)}</dd>
              </div>
            )}
          </dl>
          <div className="form-actions">
            <ActionButton variant="primary" onPress={onClose} autoFocus>
              Close
            </ActionButton>
          </div>
        </div>
      )}
    </ModalDialog>
  );
}
