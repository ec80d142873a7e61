import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { channels, type LockReason } from '../../../shared/contract';
import { isBridgeCallError } from '../bridge/bridge-call-error';
import { PassphraseField } from '../passphrase/PassphraseField';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { CentredCard } from '../ui/CentredCard';
import { unlockFailureMessage } from './unlock-failure-message';
import { useCountdown, type Wait } from './use-countdown';
import { useUnlockVault } from './vault-queries';

const schema = channels['vault:unlock'].input;

const LOCK_NOTES: Partial<Record<LockReason, string>> = {
  idle: 'Rapport locked itself because it was not used for a while.',
  suspend: 'Rapport locked when the computer went to sleep.',
  'screen-lock': 'Rapport locked when the screen was locked.',
  restore: 'Rapport locked your vault to restore a backup.',
};

interface UnlockScreenProps {
  retryAfterMs: number;
  lockReason: LockReason | null;
  /** Why a restore that locked the vault did not finish, to say beside the lock note. */
  restoreFailure?: string | null;
  onForgot: () => void;
  /** The records custodian's read-only way in, with the recovery key. */
  onCustodian: () => void;
  onRestore: () => void;
}

export function UnlockScreen({
  retryAfterMs,
  lockReason,
  restoreFailure,
  onForgot,
  onCustodian,
  onRestore,
}: UnlockScreenProps) {
  const unlock = useUnlockVault();
  const [wait, setWait] = useState<Wait>(() => ({ ms: retryAfterMs, since: Date.now() }));
  const secondsLeft = useCountdown(wait);
  const { control, handleSubmit, resetField, setFocus } = useForm({
    resolver: zodResolver(schema),
    defaultValues: { passphrase: '' },
  });

  const onSubmit = handleSubmit((values) => {
    // A form with one field submits on Enter even while its button is pending.
    if (unlock.isPending) return;
    unlock.mutate(values, {
      onError: (error) => {
        if (isBridgeCallError(error) && error.retryAfterMs > 0)
          setWait({ ms: error.retryAfterMs, since: Date.now() });
        resetField('passphrase');
        setFocus('passphrase');
      },
    });
  });

  const lockNote = lockReason ? LOCK_NOTES[lockReason] : undefined;
  return (
    <CentredCard title="Unlock Rapport" intro={<p>Enter your passphrase to open your vault.</p>}>
      {lockNote && (
        <Alert tone="info">
          <p>{lockNote}</p>
        </Alert>
      )}
      {restoreFailure && (
        <Alert tone="error">
          <p>The restore did not finish: {restoreFailure}</p>
        </Alert>
      )}
      <Form className="stack" onSubmit={onSubmit} validationBehavior="aria">
        <PassphraseField
          control={control}
          name="passphrase"
          label="Passphrase"
          autoComplete="current-password"
          autoFocus
          isReadOnly={unlock.isPending}
        />
        {unlock.isError && <Alert tone="error">{unlockFailureMessage(unlock.error)}</Alert>}
        <div className="form-actions form-actions--stacked">
          <ActionButton
            type="submit"
            variant="primary"
            isDisabled={secondsLeft > 0}
            isPending={unlock.isPending}
            pendingLabel="Unlocking…"
          >
            {secondsLeft > 0 ? `Try again in ${secondsLeft} s` : 'Unlock'}
          </ActionButton>
          <ActionButton variant="quiet" onPress={onForgot} isDisabled={unlock.isPending}>
            Forgot your passphrase? Use your recovery key
          </ActionButton>
          <ActionButton variant="quiet" onPress={onCustodian} isDisabled={unlock.isPending}>
            Open as records custodian (read-only)
          </ActionButton>
          <ActionButton variant="quiet" onPress={onRestore} isDisabled={unlock.isPending}>
            Restore from a backup…
          </ActionButton>
        </div>
      </Form>
    </CentredCard>
  );
}
