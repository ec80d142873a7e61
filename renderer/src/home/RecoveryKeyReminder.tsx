import { useNavigate } from '../navigation/routes';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { useVaultStatus } from '../vault/vault-queries';

/** A quiet reminder, until the clinician confirms the recovery key is saved, of where to see it again. */
export function RecoveryKeyReminder() {
  const status = useVaultStatus();
  const navigate = useNavigate();
  if (status.data?.recoveryKeyConfirmed !== false) return null;
  return (
    <Alert tone="info">
      <p>
        Your recovery key is not confirmed as saved yet. It is the only way back into your records if you
        forget your passphrase.
      </p>
      <div>
        <ActionButton onPress={() => navigate({ page: 'settings' })}>Show it in Settings</ActionButton>
      </div>
    </Alert>
  );
}
