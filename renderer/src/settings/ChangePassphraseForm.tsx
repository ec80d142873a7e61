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
import { PassphraseField } from '../passphrase/PassphraseField';
import { usePassphraseStrength } from '../passphrase/use-passphrase-strength';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { unlockFailureMessage } from '../vault/unlock-failure-message';
import { useChangePassphrase } from '../vault/vault-queries';

const schema = channels['vault:changePassphrase'].input.superRefine((values, ctx) =>
  requireStrongMatchingPassphrase(ctx, 'newPassphrase', values.newPassphrase, values.confirmation),
);
type Values = z.input<typeof schema>;
const FIELDS = ['current', 'newPassphrase', 'confirmation'] as const;
const EMPTY: Values = { current: '', newPassphrase: '', confirmation: '' };

export function ChangePassphraseForm() {
  const change = useChangePassphrase();
  const [formError, setFormError] = useState<string | null>(null);
  const { control, handleSubmit, setError, reset } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: EMPTY,
  });
  const strength = usePassphraseStrength(useWatch({ control, name: 'newPassphrase' }));

  const onSubmit = handleSubmit((values) => {
    if (change.isPending) return;
    setFormError(null);
    change.mutate(values, {
      onSuccess: () => reset(EMPTY),
      onError: (error) => {
        if (isBridgeCallError(error) && error.code === 'WRONG_PASSPHRASE') {
          setError('current', { type: 'server', message: error.message });
          setFormError(error.retryAfterMs > 0 ? unlockFailureMessage(error) : null);
          return;
        }
        setFormError(applyServerError(error, FIELDS, setError));
      },
    });
  });

  return (
    <Form className="stack" onSubmit={onSubmit} validationBehavior="aria">
      <PassphraseField
        control={control}
        name="current"
        label="Current passphrase"
        autoComplete="current-password"
        isReadOnly={change.isPending}
      />
      <NewPassphraseFields
        confirmationName="confirmation"
        control={control}
        name="newPassphrase"
        label="New passphrase"
        strength={strength}
        isReadOnly={change.isPending}
      />
      {formError && <Alert tone="error">{formError}</Alert>}
      {change.isSuccess && (
        <Alert tone="success">
          <p>
            Your passphrase was changed. Use the new one next time you unlock. Your recovery key still works.
          </p>
        </Alert>
      )}
      <div className="form-actions">
        <ActionButton
          type="submit"
          variant="primary"
          isDisabled={!strength?.acceptable}
          isPending={change.isPending}
          pendingLabel="Changing passphrase…"
        >
          Change passphrase
        </ActionButton>
      </div>
    </Form>
  );
}
