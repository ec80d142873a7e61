import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { CentredCard } from '../ui/CentredCard';

/** Shown if even the vault's status cannot be read: says so plainly and offers the one thing to try. */
export function BridgeFailureScreen({ error, onRetry }: { error: Error; onRetry: () => void }) {
  return (
    <CentredCard title="Rapport could not start properly">
      <Alert tone="error">
        <p>{error.message}</p>
      </Alert>
      <p>Try again. If this keeps happening, close Rapport and open it again.</p>
      <div className="form-actions">
        <ActionButton variant="primary" onPress={onRetry}>
          Try again
        </ActionButton>
      </div>
    </CentredCard>
  );
}
