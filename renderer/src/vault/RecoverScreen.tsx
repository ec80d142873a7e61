import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { channels } from '../../../shared/contract';
import { isBridgeCallError } from '../bridge/bridge-call-error';
import { applyServerError } from '../forms/apply-server-error';
import { requireStrongMatchingPassphrase } from '../passphrase/new-passphrase-rules';
import { NewPassphraseFields } from '../passphrase/NewPassphraseFields';
import { usePassphraseStrength } from '../passphrase/use-passphrase-strength';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { CentredCard } from '../ui/CentredCard';
import { FormTextField } from '../ui/FormTextField';
import { unlockFailureMessage } from './unlock-failure-message';
import { useCountdown, type Wait } from './use-countdown';
import { useRecoverVault } from './vault-queries';

const schema = channels['vault:recover'].input.superRefine((values, ctx) =>
  requireStrongMatchingPassphrase(ctx, 'newPassphrase', values.newPassphrase, values.confirmation),
);
type Values = z.input<typeof schema>;
const FIELDS = ['recoveryKey', 'newPassphrase', 'confirmation'] as const;

export function RecoverScreen({ onCancel }: { onCancel: () => void }) {
  const recover = useRecoverVault();
  const [formError, setFormError] = useState<string | null>(null);
  const [wait, setWait] = useState<Wait>({ ms: 0, since: 0 });
  const secondsLeft = useCountdown(wait);
  const { control, handleSubmit, setError } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { recoveryKey: '', newPassphrase: '', confirmation: '' },
  });
  const strength = usePassphraseStrength(useWatch({ control, name: 'newPassphrase' }));

  const onSubmit = handleSubmit((values) => {
    if (recover.isPending) return;
    setFormError(null);
    recover.mutate(values, {
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
      title="Recover your vault"
      intro={
        <p>
          Type the recovery key from your emergency kit and choose a new passphrase. Your records stay exactly
          as they are; only the passphrase changes.
        </p>
      }
    >
      <Form className="stack" onSubmit={onSubmit} validationBehavior="aria">
        <FormTextField
          control={control}
          name="recoveryKey"
          label="Recovery key"
          description="56 letters and digits in groups of four. Capitals and dashes are optional."
          placeholder="ABCD-EFGH-…"
          autoComplete="off"
          autoFocus
          mono
          isReadOnly={recover.isPending}
        />
        <NewPassphraseFields
          confirmationName="confirmation"
          control={control}
          name="newPassphrase"
          label="New passphrase"
          strength={strength}
          isReadOnly={recover.isPending}
        />
        {formError && <Alert tone="error">{formError}</Alert>}
        <div className="form-actions form-actions--stacked">
          <ActionButton
            type="submit"
            variant="primary"
            isDisabled={!strength?.acceptable || secondsLeft > 0}
            isPending={recover.isPending}
            pendingLabel="Recovering…"
          >
            {secondsLeft > 0 ? `Try again in ${secondsLeft} s` : 'Recover vault'}
          </ActionButton>
          <ActionButton variant="quiet" onPress={onCancel} isDisabled={recover.isPending}>
            Back to unlock
          </ActionButton>
        </div>
      </Form>
    </CentredCard>
  );
}
