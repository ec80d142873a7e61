import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { channels } from '../../../shared/contract';
import { isBridgeCallError } from '../bridge/bridge-call-error';
import { call } from '../bridge/call';
import { PassphraseField } from '../passphrase/PassphraseField';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { CheckboxField } from '../ui/CheckboxField';
import { EmergencyKit } from '../vault/EmergencyKit';
import { RecoveryKeyDisplay } from '../vault/RecoveryKeyDisplay';
import { unlockFailureMessage } from '../vault/unlock-failure-message';
import { useConfirmRecoverySaved, useVaultStatus } from '../vault/vault-queries';
import './recovery-key-reveal.css';

const schema = channels['vault:revealRecoveryKey'].input;
type Values = z.input<typeof schema>;

function ShownKey({ recoveryKey, onHide }: { recoveryKey: string; onHide: () => void }) {
  const confirm = useConfirmRecoverySaved();
  const [saved, setSaved] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  // The form that asked for it is gone: focus goes to the key, so a screen reader reads it next.
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="stack--tight recovery-key-reveal">
      <h4 ref={heading} tabIndex={-1} className="recovery-key-reveal__title">
        Your recovery key
      </h4>
      <RecoveryKeyDisplay recoveryKey={recoveryKey} />
      <p className="muted">
        Keep it away from this computer: printed and in a locked drawer, or in a password manager.
      </p>
      <div className="button-row">
        <ActionButton icon="print" onPress={() => window.print()}>
          Print emergency kit
        </ActionButton>
      </div>
      <CheckboxField isSelected={saved} onChange={setSaved} isDisabled={confirm.isPending}>
        I have saved my recovery key somewhere safe
      </CheckboxField>
      {confirm.isError && <Alert tone="error">{confirm.error.message}</Alert>}
      <div className="form-actions">
        <ActionButton
          variant="primary"
          isDisabled={!saved}
          isPending={confirm.isPending}
          pendingLabel="Saving…"
          onPress={() => confirm.mutate(undefined, { onSuccess: onHide })}
        >
          I have saved it
        </ActionButton>
        <ActionButton onPress={onHide} isDisabled={confirm.isPending}>
          Hide the key
        </ActionButton>
      </div>
      <EmergencyKit recoveryKey={recoveryKey} />
    </div>
  );
}

/**
 * Shows the recovery key again to whoever can type the passphrase, so a clinician who never saved
 * it (or wants to check their copy) can. The key lives only in this component's state: leaving
 * Settings or locking forgets it.
 */
export function RecoveryKeyReveal() {
  const status = useVaultStatus();
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const reveal = useMutation({ mutationFn: (input: Values) => call('vault:revealRecoveryKey', input) });
  const { control, handleSubmit, setError, reset } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { passphrase: '' },
  });
  const confirmed = status.data?.recoveryKeyConfirmed ?? true;

  const onSubmit = handleSubmit((values) => {
    if (reveal.isPending) return;
    setFormError(null);
    reveal.mutate(values, {
      onSuccess: ({ recoveryKey: key }) => {
        reset({ passphrase: '' });
        setRecoveryKey(key);
      },
      onError: (error) => {
        if (isBridgeCallError(error) && error.code === 'WRONG_PASSPHRASE') {
          setError('passphrase', { type: 'server', message: unlockFailureMessage(error) });
          return;
        }
        setFormError(isBridgeCallError(error) ? error.message : unlockFailureMessage(error));
      },
    });
  });

  return (
    <div className="stack">
      {confirmed ? (
        <p>You confirmed that your recovery key is saved. You can show it again to check your copy.</p>
      ) : (
        <Alert tone="warning">
          <p>
            You have not yet confirmed that your recovery key is saved somewhere safe. Without it, a forgotten
            passphrase means your records cannot be opened by anyone.
          </p>
        </Alert>
      )}
      {recoveryKey ? (
        <ShownKey recoveryKey={recoveryKey} onHide={() => setRecoveryKey(null)} />
      ) : (
        <Form className="stack--tight" onSubmit={onSubmit} validationBehavior="aria">
          <PassphraseField
            control={control}
            name="passphrase"
            label="Your passphrase"
            description="To show the key, Rapport needs your passphrase: the key opens the vault just as it does."
            autoComplete="current-password"
            isReadOnly={reveal.isPending}
          />
          {formError && <Alert tone="error">{formError}</Alert>}
          <div className="form-actions">
            <ActionButton type="submit" isPending={reveal.isPending} pendingLabel="Checking…">
              Show recovery key
            </ActionButton>
          </div>
        </Form>
      )}
    </div>
  );
}
