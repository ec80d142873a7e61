import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState, type ReactNode } from 'react';
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
import { FormTextField } from '../ui/FormTextField';
import { unlockFailureMessage } from '../vault/unlock-failure-message';

/*
 * The proof a restore needs while the vault is locked: the passphrase the backup was made under
 * (or the vault's current one), or the recovery key with a new passphrase.
 */

const passphraseSchema = channels['vault:unlock'].input;
type PassphraseValues = z.input<typeof passphraseSchema>;

const recoverySchema = channels['vault:recover'].input.superRefine((values, ctx) =>
  requireStrongMatchingPassphrase(ctx, 'newPassphrase', values.newPassphrase, values.confirmation),
);
type RecoveryValues = z.input<typeof recoverySchema>;
const RECOVERY_FIELDS = ['recoveryKey', 'newPassphrase', 'confirmation'] as const;

export type RestoreSecret = PassphraseValues | RecoveryValues;

/** Why the restore button cannot be pressed yet, read out with it. */
function ChooseFirstHint({ id }: { id: string }) {
  return (
    <p id={id} className="form-hint">
      Choose a backup above first.
    </p>
  );
}

/**
 * "Show what … holds": reads the backups with the secret typed so far, before restoring. `valid`
 * checks that field first, so a half-typed secret is never sent (or counted as a miss).
 */
function ReadContentsButton({
  label,
  read,
  valid,
  disabled,
  onError,
}: {
  label: string;
  read: () => Promise<unknown>;
  valid: () => Promise<boolean>;
  disabled: boolean;
  onError: (error: unknown) => void;
}) {
  const [reading, setReading] = useState(false);
  const press = async () => {
    if (reading || !(await valid())) return;
    setReading(true);
    try {
      await read();
    } catch (error) {
      onError(error);
    } finally {
      setReading(false);
    }
  };
  return (
    <div className="button-row">
      <ActionButton
        onPress={() => void press()}
        isPending={reading}
        pendingLabel="Reading the backups…"
        isDisabled={disabled}
      >
        {label}
      </ActionButton>
    </div>
  );
}

interface SecretFormProps {
  /** Whether a backup is chosen; the restore button waits for one. */
  ready: boolean;
  /** Restores with this secret; a rejection is shown on the form. */
  onRestore: (secret: RestoreSecret) => Promise<unknown>;
  /** Quiet buttons under the restore button (switching proof, going back), disabled while it works. */
  footer: (pending: boolean) => ReactNode;
  /** Shown between the fields and the restore button: what the restore will do. */
  children?: ReactNode;
}

/**
 * A restore from the press of the button until it fails (success moves the app on to the restored
 * vault), and the message for the form as a whole. `showError` puts a failure where it belongs.
 */
function useRestoreAttempt(ready: boolean, onRestore: SecretFormProps['onRestore']) {
  const [pending, setPending] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const attempt = async (secret: RestoreSecret, showError: (error: unknown) => void) => {
    if (pending || !ready) return;
    setPending(true);
    setFormError(null);
    try {
      await onRestore(secret);
    } catch (error) {
      setPending(false);
      showError(error);
    }
  };
  return { pending, formError, setFormError, attempt };
}

/** The form's message, "Restore this backup" (waiting for a choice, saying so), and the footer. */
function RestoreActions({
  ready,
  blocked = false,
  pending,
  formError,
  footer,
}: Pick<SecretFormProps, 'ready' | 'footer'> & {
  blocked?: boolean;
  pending: boolean;
  formError: string | null;
}) {
  const hintId = useId();
  return (
    <>
      {formError && <Alert tone="error">{formError}</Alert>}
      <div className="form-actions form-actions--stacked">
        <ActionButton
          type="submit"
          variant="primary"
          isDisabled={!ready || blocked}
          isPending={pending}
          pendingLabel="Restoring…"
          aria-describedby={ready ? undefined : hintId}
        >
          Restore this backup
        </ActionButton>
        {!ready && <ChooseFirstHint id={hintId} />}
        {footer(pending)}
      </div>
    </>
  );
}

interface PassphraseRestoreFormProps extends SecretFormProps {
  /** Reads what the backups hold with the passphrase typed; absent when there are none to read. */
  onReadContents?: (passphrase: string) => Promise<unknown>;
  readLabel: string;
}

interface RecoveryRestoreFormProps extends SecretFormProps {
  /** Reads what the chosen folder holds with the recovery key typed; absent when none is chosen. */
  onReadContents?: (recoveryKey: string) => Promise<unknown>;
}

export function PassphraseRestoreForm({
  ready,
  onRestore,
  onReadContents,
  readLabel,
  footer,
  children,
}: PassphraseRestoreFormProps) {
  const { pending, formError, setFormError, attempt } = useRestoreAttempt(ready, onRestore);
  const { control, handleSubmit, setError, trigger, getValues } = useForm<PassphraseValues>({
    resolver: zodResolver(passphraseSchema),
    defaultValues: { passphrase: '' },
  });

  const showError = (error: unknown) => {
    if (isBridgeCallError(error) && error.code === 'WRONG_PASSPHRASE') {
      setError('passphrase', { type: 'server', message: unlockFailureMessage(error) });
      setFormError(null);
      return;
    }
    setFormError(isBridgeCallError(error) ? error.message : unlockFailureMessage(error));
  };

  const onSubmit = handleSubmit((values) => attempt(values, showError));

  return (
    <Form className="stack" onSubmit={onSubmit} validationBehavior="aria">
      <div className="stack--tight">
        <PassphraseField
          control={control}
          name="passphrase"
          label="Passphrase"
          description="Your vault’s passphrase, or the one it had when the backup was made."
          autoComplete="current-password"
          isReadOnly={pending}
        />
        {onReadContents && (
          <ReadContentsButton
            label={readLabel}
            read={() => {
              setFormError(null);
              return onReadContents(getValues('passphrase'));
            }}
            valid={() => trigger('passphrase')}
            disabled={pending}
            onError={showError}
          />
        )}
      </div>
      {children}
      <RestoreActions ready={ready} pending={pending} formError={formError} footer={footer} />
    </Form>
  );
}

export function RecoveryRestoreForm({
  ready,
  onRestore,
  onReadContents,
  footer,
  children,
}: RecoveryRestoreFormProps) {
  const { pending, formError, setFormError, attempt } = useRestoreAttempt(ready, onRestore);
  const { control, handleSubmit, setError, trigger, getValues } = useForm<RecoveryValues>({
    resolver: zodResolver(recoverySchema),
    defaultValues: { recoveryKey: '', newPassphrase: '', confirmation: '' },
  });
  const strength = usePassphraseStrength(useWatch({ control, name: 'newPassphrase' }));

  const showError = (error: unknown) => {
    const general = applyServerError(error, RECOVERY_FIELDS, setError);
    setFormError(general === null ? null : unlockFailureMessage(error));
  };

  const onSubmit = handleSubmit((values) => attempt(values, showError));

  return (
    <Form className="stack" onSubmit={onSubmit} validationBehavior="aria">
      <FormTextField
        control={control}
        name="recoveryKey"
        label="Recovery key"
        description="From your emergency kit: 56 letters and digits in groups of four."
        placeholder="ABCD-EFGH-…"
        autoComplete="off"
        mono
        isReadOnly={pending}
      />
      {onReadContents && (
        <ReadContentsButton
          label="Show what this backup holds"
          read={() => {
            setFormError(null);
            return onReadContents(getValues('recoveryKey'));
          }}
          valid={() => trigger('recoveryKey')}
          disabled={pending}
          onError={showError}
        />
      )}
      <NewPassphraseFields
        confirmationName="confirmation"
        control={control}
        name="newPassphrase"
        label="New passphrase"
        description="The restored vault opens with this from now on."
        strength={strength}
        isReadOnly={pending}
      />
      {children}
      <RestoreActions
        ready={ready}
        blocked={!strength?.acceptable}
        pending={pending}
        formError={formError}
        footer={footer}
      />
    </Form>
  );
}
