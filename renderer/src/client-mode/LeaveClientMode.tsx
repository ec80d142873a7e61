import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { channels } from '../../../shared/contract';
import { isBridgeCallError } from '../bridge/bridge-call-error';
import { PassphraseField } from '../passphrase/PassphraseField';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { unlockFailureMessage } from '../vault/unlock-failure-message';
import { useCountdown, type Wait } from '../vault/use-countdown';
import { useLeaveClientMode } from './client-mode-queries';

const schema = channels['clientMode:leave'].input;

/** The clinician's way back: the vault's passphrase, or the PIN set in Settings. */
export function LeaveClientMode({ pinSet }: { pinSet: boolean }) {
  const [open, setOpen] = useState(false);
  const leave = useLeaveClientMode();
  const [wait, setWait] = useState<Wait>({ ms: 0, since: 0 });
  const secondsLeft = useCountdown(wait);
  const { control, handleSubmit, resetField, setFocus } = useForm({
    resolver: zodResolver(schema),
    defaultValues: { secret: '' },
  });
  const onSubmit = handleSubmit((values) => {
    if (leave.isPending) return;
    leave.mutate(values, {
      onError: (error) => {
        if (isBridgeCallError(error) && error.retryAfterMs > 0)
          setWait({ ms: error.retryAfterMs, since: Date.now() });
        resetField('secret');
        setFocus('secret');
      },
    });
  });

  if (!open) {
    return (
      <ActionButton variant="quiet" onPress={() => setOpen(true)}>
        For your therapist
      </ActionButton>
    );
  }
  return (
    <Form className="client-leave" onSubmit={onSubmit} validationBehavior="aria">
      <PassphraseField
        control={control}
        name="secret"
        label={pinSet ? 'Passphrase or PIN' : 'Passphrase'}
        description="To end client mode and go back to your records."
        autoComplete="current-password"
        autoFocus
        isReadOnly={leave.isPending}
      />
      {leave.isError && <Alert tone="error">{unlockFailureMessage(leave.error)}</Alert>}
      <div className="client-step__actions">
        <ActionButton variant="quiet" onPress={() => setOpen(false)} isDisabled={leave.isPending}>
          Cancel
        </ActionButton>
        <ActionButton
          type="submit"
          variant="primary"
          isDisabled={secondsLeft > 0}
          isPending={leave.isPending}
          pendingLabel="Checking…"
        >
          {secondsLeft > 0 ? `Try again in ${secondsLeft} s` : 'End client mode'}
        </ActionButton>
      </div>
    </Form>
  );
}
