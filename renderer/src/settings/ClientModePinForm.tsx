import { zodResolver } from '@hookform/resolvers/zod';
import { Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { clientModePin } from '../../../shared/client-mode/client-mode-contract';
import { useClientMode, useSetClientModePin } from '../client-mode/client-mode-queries';
import { PassphraseField } from '../passphrase/PassphraseField';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';

const schema = z
  .object({ pin: clientModePin, confirmation: z.string() })
  .refine((v) => v.pin === v.confirmation, { path: ['confirmation'], message: 'The two PINs differ.' });

/** A short PIN to leave client mode with, instead of typing the whole passphrase in front of the client. */
export function ClientModePinForm() {
  const state = useClientMode();
  const setPin = useSetClientModePin();
  const { control, handleSubmit, reset } = useForm({
    resolver: zodResolver(schema),
    defaultValues: { pin: '', confirmation: '' },
  });
  const onSubmit = handleSubmit(({ pin }) => {
    if (!setPin.isPending) setPin.mutate({ pin }, { onSuccess: () => reset() });
  });
  const pinSet = state.data?.pinSet ?? false;
  return (
    <Form className="stack--tight" onSubmit={onSubmit} validationBehavior="aria">
      <p>{pinSet ? 'A PIN is set.' : 'No PIN is set: only your passphrase ends client mode.'}</p>
      <PassphraseField
        control={control}
        name="pin"
        label={pinSet ? 'New PIN' : 'PIN'}
        description="4 to 8 digits. Stored only as a slow, salted hash in your vault."
        autoComplete="new-password"
        isReadOnly={setPin.isPending}
      />
      <PassphraseField
        control={control}
        name="confirmation"
        label="The PIN again"
        autoComplete="new-password"
        isReadOnly={setPin.isPending}
      />
      {setPin.isSuccess && (
        <Alert tone="success">
          <p>{setPin.data.pinSet ? 'Saved. The PIN now ends client mode.' : 'The PIN is removed.'}</p>
        </Alert>
      )}
      {setPin.isError && <Alert tone="error">{setPin.error.message}</Alert>}
      <div className="form-actions">
        <ActionButton type="submit" isPending={setPin.isPending} pendingLabel="Saving…">
          {pinSet ? 'Change PIN' : 'Set PIN'}
        </ActionButton>
        {pinSet && (
          <ActionButton
            variant="quiet"
            isDisabled={setPin.isPending}
            onPress={() => setPin.mutate({ pin: null })}
          >
            Remove PIN
          </ActionButton>
        )}
      </div>
    </Form>
  );
}
