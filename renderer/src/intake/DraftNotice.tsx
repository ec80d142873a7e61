import { useState } from 'react';
import { formatSavedAt } from '../../../shared/dates/format-moment';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { useDiscardDraft } from './intake-queries';

/** Offers the draft left by an earlier sitting (or a crash): carry on with it, or let it go. */
export function DraftNotice({
  clientId,
  savedAt,
  onContinue,
  autoFocus,
}: {
  clientId: string;
  savedAt: string;
  onContinue: () => void;
  /** When the editor just closed, focus lands here rather than on nothing. */
  autoFocus?: boolean;
}) {
  const discard = useDiscardDraft();
  const [confirming, setConfirming] = useState(false);
  return (
    <Alert tone="info">
      <p>
        Changes from {formatSavedAt(savedAt)} are waiting in a draft. They are not part of the intake until
        you save it.
      </p>
      {discard.isError && <p>{discard.error.message}</p>}
      {confirming ? (
        <div className="form-actions">
          <p className="form-hint">Discard the draft? The changes in it will be lost.</p>
          <ActionButton
            variant="danger"
            onPress={() => discard.mutate(clientId)}
            isPending={discard.isPending}
            pendingLabel="Discarding…"
          >
            Discard draft
          </ActionButton>
          <ActionButton variant="primary" onPress={() => setConfirming(false)} isDisabled={discard.isPending}>
            Keep it
          </ActionButton>
        </div>
      ) : (
        <div className="form-actions">
          <ActionButton variant="primary" onPress={onContinue} autoFocus={autoFocus}>
            Continue the draft
          </ActionButton>
          <ActionButton variant="quiet" onPress={() => setConfirming(true)}>
            Discard draft
          </ActionButton>
        </div>
      )}
    </Alert>
  );
}
