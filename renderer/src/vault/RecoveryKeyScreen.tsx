import { useState } from 'react';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { CentredCard } from '../ui/CentredCard';
import { CheckboxField } from '../ui/CheckboxField';
import { EmergencyKit } from './EmergencyKit';
import { RecoveryKeyDisplay } from './RecoveryKeyDisplay';
import { useConfirmRecoverySaved } from './vault-queries';

type CopyOutcome = 'none' | 'copied' | 'failed';

export function RecoveryKeyScreen({ recoveryKey, onSaved }: { recoveryKey: string; onSaved: () => void }) {
  const confirm = useConfirmRecoverySaved();
  const [saved, setSaved] = useState(false);
  const [copy, setCopy] = useState<CopyOutcome>('none');

  async function copyKey() {
    try {
      await navigator.clipboard.writeText(recoveryKey);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  }

  return (
    <CentredCard
      width="wide"
      title="Save your recovery key"
      intro={
        <>
          <p>If you ever forget your passphrase, this key is the only way back into your vault.</p>
          <p>
            <strong>Save it now.</strong> You can show it again later from Settings, with your passphrase.
          </p>
        </>
      }
    >
      <RecoveryKeyDisplay recoveryKey={recoveryKey} />
      <div className="button-row">
        <ActionButton icon="copy" onPress={() => void copyKey()}>
          Copy
        </ActionButton>
        <ActionButton icon="print" onPress={() => window.print()}>
          Print emergency kit
        </ActionButton>
      </div>
      {copy === 'copied' && (
        <Alert tone="success">
          <p>
            Copied. Paste it into your password manager now, then copy something else: the clipboard is no
            place to keep it.
          </p>
        </Alert>
      )}
      {copy === 'failed' && (
        <Alert tone="error">
          <p>The key could not be copied. Write it down or print the emergency kit instead.</p>
        </Alert>
      )}
      <p className="muted">
        Keep it away from this computer: printed and in a locked drawer, or in a password manager. The printed
        kit shows only the key and what to do with it.
      </p>
      <CheckboxField isSelected={saved} onChange={setSaved} isDisabled={confirm.isPending}>
        I have saved my recovery key somewhere safe
      </CheckboxField>
      {confirm.isError && (
        <Alert tone="error">
          <p>{confirm.error.message}</p>
          <p>Your vault was created. Try Continue again.</p>
        </Alert>
      )}
      <div className="form-actions form-actions--stacked">
        <ActionButton
          variant="primary"
          isDisabled={!saved}
          isPending={confirm.isPending}
          pendingLabel="Continuing…"
          onPress={() => confirm.mutate(undefined, { onSuccess: onSaved })}
        >
          Continue
        </ActionButton>
        {!saved && <p className="form-hint">Tick the box once the key is saved.</p>}
      </div>
      <EmergencyKit recoveryKey={recoveryKey} />
    </CentredCard>
  );
}
