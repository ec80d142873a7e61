import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { localDay } from '../../../shared/dates/format-date';
import { CADENCE_LABELS, CADENCES } from '../../../shared/measures/measure-due';
import { scheduleMeasureInput, type MeasureSchedule } from '../../../shared/measures/measures-contract';
import { INSTRUMENTS } from '../../../shared/measures/registry';
import { FormDateField } from '../goals/FormDateField';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { CheckboxField } from '../ui/CheckboxField';
import { SelectField } from '../ui/SelectField';
import { useScheduleMeasure } from './measure-queries';

const fields = scheduleMeasureInput.omit({ clientId: true });
type Fields = z.input<typeof fields>;

interface MeasureScheduleEditorProps {
  clientId: string;
  schedules: readonly MeasureSchedule[];
  onDone: () => void;
}

/** Which measure the client is given, how often and from when; a schedule is paused, never deleted. */
export function MeasureScheduleEditor({ clientId, schedules, onDone }: MeasureScheduleEditorProps) {
  const save = useScheduleMeasure();
  const [error, setError] = useState<string | null>(null);
  const existing = (id: string) => schedules.find((s) => s.instrumentId === id);
  const first = [...INSTRUMENTS.keys()][0]!;
  const { control, handleSubmit, reset } = useForm<Fields, unknown, z.output<typeof fields>>({
    resolver: zodResolver(fields),
    defaultValues: existing(first) ?? {
      instrumentId: first,
      cadence: 'every-2-weeks',
      startOn: localDay(new Date()),
      active: true,
    },
  });

  const onSubmit = handleSubmit((values) => {
    setError(null);
    save.mutate({ clientId, ...values }, { onSuccess: onDone, onError: (e: Error) => setError(e.message) });
  });

  return (
    <Form className="stack measure-schedule" onSubmit={onSubmit} validationBehavior="aria">
      <Controller
        control={control}
        name="instrumentId"
        render={({ field }) => (
          <SelectField
            label="Measure"
            value={field.value}
            options={[...INSTRUMENTS.values()].map((i) => ({ id: i.id, label: i.name }))}
            onChange={(id) => {
              const found = existing(id);
              reset(
                found ?? {
                  instrumentId: id,
                  cadence: 'every-2-weeks',
                  startOn: localDay(new Date()),
                  active: true,
                },
              );
            }}
          />
        )}
      />
      <Controller
        control={control}
        name="cadence"
        render={({ field, fieldState }) => (
          <SelectField
            label="How often"
            value={field.value ?? null}
            options={CADENCES.map((c) => ({ id: c, label: CADENCE_LABELS[c] }))}
            onChange={field.onChange}
            error={fieldState.error?.message}
          />
        )}
      />
      <FormDateField control={control} name="startOn" label="Starting on" />
      <Controller
        control={control}
        name="active"
        render={({ field }) => (
          <CheckboxField isSelected={field.value} onChange={field.onChange}>
            Give this measure (untick to pause it)
          </CheckboxField>
        )}
      />
      {error && <Alert tone="error">{error}</Alert>}
      <div className="form-actions">
        <ActionButton type="submit" variant="primary" isPending={save.isPending} pendingLabel="Saving…">
          Save schedule
        </ActionButton>
        <ActionButton onPress={onDone} isDisabled={save.isPending}>
          Cancel
        </ActionButton>
      </div>
    </Form>
  );
}
