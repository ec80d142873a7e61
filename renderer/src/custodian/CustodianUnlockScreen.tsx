import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { channels } from '../../../shared/contract';
import { isBridgeCallError } from '../bridge/bridge-call-error';
import { applyServerError } from '../forms/apply-server-error';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { CentredCard } from '../ui/CentredCard';
import { FormTextField } from '../ui/FormTextField';
import { unlockFailureMessage } from '../vault/unlock-failure-message';
import { useCountdown, type Wait } from '../vault/use-countdown';
import { useUnlockAsCustodian } from './custodian-queries';

const schema = channels['vault:unlockAsCustodian'].input;
const FIELDS = ['recoveryKey'] as const;

/**
 * The records custodian's way in: the recovery key from the clinician's emergency kit opens the
 * vault read-only, to print records and the contact list. The passphrase is left as it is.
 */
export function CustodianUnlockScreen({
  onCancel,
  onOpened,
}: {
  onCancel: () => void;
  onOpened: () => void;
}) {
  const open = useUnlockAsCustodian();
  const [formError, setFormError] = useState<string | null>(null);
  const [wait, setWait] = useState<Wait>({ ms: 0, since: 0 });
  const secondsLeft = useCountdown(wait);
  const { control, handleSubmit, setError } = useForm({
    resolver: zodResolver(schema),
    defaultValues: { recoveryKey: '' },
  });

  const onSubmit = handleSubmit((values) => {
    if (open.isPending) return;
    setFormError(null);
    open.mutate(values, {
      onSuccess: onOpened,
      onError: (error) => {
        if (isBridgeCallError(error) && error.retryAfterMs > 0)
          setWait({ ms: error.retryAfterMs, since: Date.now() });
        const general = applyServerError(error, FIELDS, setError);
        setFormError(general === null ? null : unlockFailureMessage(error));
      },
    });
  });

  return (
    <CentredCard
      title="Open as records custodian"
      intro={
        <p>
          For the colleague named to look after these records. The recovery key opens the vault read-only: you
          can read and print records and the client contact list, but nothing can be changed or signed, and
          everything you do is recorded as the custodian’s.
        </p>
      }
    >
      <Form className="stack" onSubmit={onSubmit} validationBehavior="aria">
        <FormTextField
          control={control}
          name="recoveryKey"
          label="Recovery key"
          description="56 letters and digits in groups of four, from the emergency kit. Capitals and dashes are optional."
          placeholder="ABCD-EFGH-…"
          autoComplete="off"
          autoFocus
          mono
          isReadOnly={open.isPending}
        />
        {formError && <Alert tone="error">{formError}</Alert>}
        <div className="form-actions form-actions--stacked">
          <ActionButton
            type="submit"
            variant="primary"
            isDisabled={secondsLeft > 0}
            isPending={open.isPending}
            pendingLabel="Opening…"
          >
            {secondsLeft > 0 ? `Try again in ${secondsLeft} s` : 'Open read-only'}
          </ActionButton>
          <ActionButton variant="quiet" onPress={onCancel} isDisabled={open.isPending}>
            Back to unlock
          </ActionButton>
        </div>
      </Form>
    </CentredCard>
  );
}
