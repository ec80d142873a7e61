import { zodResolver } from '@hookform/resolvers/zod';
import { Form } from 'react-aria-components';
import { Controller, useForm, useWatch } from 'react-hook-form';
import {
  custodianSchema,
  type Custodian,
  type CustodianInput,
} from '../../../shared/custodian/custodian-contract';
import { applyServerError } from '../forms/apply-server-error';
import { TextAreaField } from '../forms/TextAreaField';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { CheckboxField } from '../ui/CheckboxField';
import { FormTextField } from '../ui/FormTextField';
import { useUpdateCustodian } from './custodian-queries';

const FIELDS = [
  'name',
  'role',
  'phone',
  'email',
  'address',
  'instructions',
  'includeContactList',
  'includeRecoveryKey',
] as const;

/** Who the custodian is and what the package may carry; the two secrets are off until chosen. */
export function CustodianForm({ custodian }: { custodian: Custodian }) {
  const update = useUpdateCustodian();
  const { control, handleSubmit, setError, reset } = useForm<CustodianInput, unknown, Custodian>({
    resolver: zodResolver(custodianSchema),
    defaultValues: custodian,
  });
  const withKey = useWatch({ control, name: 'includeRecoveryKey' });
  const busy = update.isPending;
  const onSubmit = handleSubmit((values) => {
    if (busy) return;
    update.mutate(values, {
      onSuccess: (saved) => reset(saved),
      onError: (error) => applyServerError(error, FIELDS, setError),
    });
  });
  return (
    <Form
      className="stack--tight"
      onSubmit={onSubmit}
      validationBehavior="aria"
      aria-label="Records custodian"
    >
      <div className="custodian-form__grid">
        <FormTextField control={control} name="name" label="Custodian’s name" isReadOnly={busy} />
        <FormTextField
          control={control}
          name="role"
          label="Role or profession"
          placeholder="e.g. Clinical psychologist, licence PSY 40412"
          isReadOnly={busy}
        />
        <FormTextField control={control} name="phone" label="Phone" isReadOnly={busy} />
        <FormTextField control={control} name="email" label="Email" isReadOnly={busy} />
      </div>
      <TextAreaField control={control} name="address" label="Postal address" isReadOnly={busy} />
      <TextAreaField
        control={control}
        name="instructions"
        label="Instructions for the custodian"
        description="Anything they should know or do: who else to tell, where paper records are, what you have agreed."
        isReadOnly={busy}
      />
      <fieldset className="custodian-form__choices">
        <legend className="custodian-form__legend">In the package</legend>
        <Controller
          control={control}
          name="includeContactList"
          render={({ field }) => (
            <CheckboxField isSelected={Boolean(field.value)} onChange={field.onChange} isDisabled={busy}>
              The client contact list: names, phone, email, current or former, last session. Nothing clinical.
            </CheckboxField>
          )}
        />
        <Controller
          control={control}
          name="includeRecoveryKey"
          render={({ field }) => (
            <CheckboxField isSelected={Boolean(field.value)} onChange={field.onChange} isDisabled={busy}>
              The recovery key
            </CheckboxField>
          )}
        />
        {withKey ? (
          <Alert tone="warning">
            <p>
              The recovery key opens every record without your passphrase. Anyone who finds or copies this
              package will be able to read all of your records. Printing it will ask for your passphrase.
            </p>
          </Alert>
        ) : (
          <p className="field__description">
            Left out, the package tells the custodian to ask where you keep your emergency kit.
          </p>
        )}
      </fieldset>
      {update.isSuccess && (
        <Alert tone="success">
          <p>Saved. Print the package again so that the custodian’s copy matches.</p>
        </Alert>
      )}
      {update.isError && (
        <Alert tone="error">
          <p>{update.error.message}</p>
          <p>The custodian was not changed.</p>
        </Alert>
      )}
      <div className="form-actions">
        <ActionButton type="submit" variant="primary" isPending={busy} pendingLabel="Saving…">
          Save custodian
        </ActionButton>
      </div>
    </Form>
  );
}
