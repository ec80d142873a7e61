import { zodResolver } from '@hookform/resolvers/zod';
import { FieldError, Form, Group, Input, Label, NumberField, Text } from 'react-aria-components';
import { Controller, useForm } from 'react-hook-form';
import { channels } from '../../../shared/contract';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { useUpdateSettings } from './settings-queries';
import '../ui/field.css';

const minutesRule = channels['settings:update'].input.shape.autoLockMinutes.unwrap();
const MIN = minutesRule.minValue ?? 1;
const MAX = minutesRule.maxValue ?? Number.MAX_SAFE_INTEGER;
const schema = channels['settings:update'].input.required();
const resolver = zodResolver(schema, {
  error: () => `Enter a whole number of minutes from ${MIN} to ${MAX}.`,
});

function minutes(n: number): string {
  return `${n} ${n === 1 ? 'minute' : 'minutes'}`;
}

export function AutoLockForm({ autoLockMinutes }: { autoLockMinutes: number }) {
  const update = useUpdateSettings();
  const { control, handleSubmit } = useForm({ resolver, defaultValues: { autoLockMinutes } });
  const onSubmit = handleSubmit((values) => {
    if (!update.isPending) update.mutate(values);
  });

  return (
    <Form className="stack--tight" onSubmit={onSubmit} validationBehavior="aria">
      <Controller
        control={control}
        name="autoLockMinutes"
        render={({ field, fieldState }) => (
          <NumberField
            className="field field--narrow"
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            minValue={MIN}
            maxValue={MAX}
            step={1}
            formatOptions={{ maximumFractionDigits: 0, useGrouping: false }}
            isInvalid={fieldState.invalid}
            validationBehavior="aria"
            isReadOnly={update.isPending}
          >
            <Label className="field__label">Lock after this many minutes without activity</Label>
            <Group className="field__control">
              <Input ref={field.ref} className="field__input" />
            </Group>
            <Text slot="description" className="field__description">
              From {MIN} to {MAX}. Rapport also locks when the computer sleeps or the screen locks.
            </Text>
            <FieldError className="field__error">{fieldState.error?.message}</FieldError>
          </NumberField>
        )}
      />
      {update.isSuccess && (
        <Alert tone="success">
          <p>Saved. Rapport now locks after {minutes(update.data.autoLockMinutes)} without activity.</p>
        </Alert>
      )}
      {update.isError && (
        <Alert tone="error">
          <p>{update.error.message}</p>
          <p>The auto-lock time was not changed.</p>
        </Alert>
      )}
      <div className="form-actions">
        <ActionButton type="submit" isPending={update.isPending} pendingLabel="Saving…">
          Save auto-lock time
        </ActionButton>
      </div>
    </Form>
  );
}
