import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { Form } from 'react-aria-components';
import { useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { channels } from '../../../shared/contract';
import { applyServerError } from '../forms/apply-server-error';
import { requireStrongMatchingPassphrase } from '../passphrase/new-passphrase-rules';
import { NewPassphraseFields } from '../passphrase/NewPassphraseFields';
import { usePassphraseStrength } from '../passphrase/use-passphrase-strength';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { CentredCard } from '../ui/CentredCard';
import { useCreateVault } from './vault-queries';

const schema = channels['vault:create'].input.superRefine((values, ctx) =>
  requireStrongMatchingPassphrase(ctx, 'passphrase', values.passphrase, values.confirmation),
);
type Values = z.input<typeof schema>;

interface CreateVaultScreenProps {
  onCreated: (recoveryKey: string) => void;
  /** Moving to a new computer: restore a backup instead of starting empty. */
  onRestore: () => void;
}

export function CreateVaultScreen({ onCreated, onRestore }: CreateVaultScreenProps) {
  const create = useCreateVault(onCreated);
  const [formError, setFormError] = useState<string | null>(null);
  const hintId = useId();
  const { control, handleSubmit, setError } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { passphrase: '', confirmation: '' },
  });
  const strength = usePassphraseStrength(useWatch({ control, name: 'passphrase' }));
  const ready = strength?.acceptable ?? false;

  const onSubmit = handleSubmit((values) => {
    if (create.isPending) return;
    setFormError(null);
    create.mutate(values, {
      onError: (error) => setFormError(applyServerError(error, ['passphrase', 'confirmation'], setError)),
    });
  });

  return (
    <CentredCard
      title="Create your vault"
      intro={
        <p>
          Rapport keeps your practice records in an encrypted vault on this computer. Your passphrase opens
          it, and nobody can reset it for you, so choose one you will remember.
        </p>
      }
    >
      <Form className="stack" onSubmit={onSubmit} validationBehavior="aria">
        <NewPassphraseFields
          confirmationName="confirmation"
          control={control}
          name="passphrase"
          label="Passphrase"
          description="A few unrelated words are easier to remember and harder to guess than a short jumble of symbols."
          strength={strength}
          autoFocus
          isReadOnly={create.isPending}
        />
        {formError && <Alert tone="error">{formError}</Alert>}
        <div className="form-actions form-actions--stacked">
          <ActionButton
            type="submit"
            variant="primary"
            isDisabled={!ready}
            isPending={create.isPending}
            pendingLabel="Creating your vault…"
            aria-describedby={ready ? undefined : hintId}
          >
            Create vault
          </ActionButton>
          {!ready && (
            <p id={hintId} className="form-hint">
              You can create the vault once the passphrase is strong enough.
            </p>
          )}
          <ActionButton variant="quiet" onPress={onRestore} isDisabled={create.isPending}>
            Moving from another computer? Restore from a backup…
          </ActionButton>
        </div>
      </Form>
    </CentredCard>
  );
}
