import { Controller, type Control, type FieldValues, type Path, type PathValue } from 'react-hook-form';
import { MODALITIES, MODALITY_LABELS } from '../../../shared/notes/note-formats';
import { useServices } from '../fees/fees-queries';
import { FormNumberField } from '../ui/FormNumberField';
import { FormTextField } from '../ui/FormTextField';
import { SelectField } from '../ui/SelectField';

const MODALITY_OPTIONS = MODALITIES.map((id) => ({ id, label: MODALITY_LABELS[id] }));

/** The fields every appointment has, for both the new and the edit form. */
interface SlotShape extends FieldValues {
  date: string;
  time: string;
  durationMinutes: number;
  modality: (typeof MODALITIES)[number];
  location: string;
  serviceId: string;
}

interface SlotFieldsProps<T extends SlotShape> {
  control: Control<T>;
  isReadOnly: boolean;
  /** Called when a service is chosen, so a new appointment can take its usual length. */
  onServiceChosen?: (duration: number) => void;
}

export function SlotFields<T extends SlotShape>({
  control,
  isReadOnly,
  onServiceChosen,
}: SlotFieldsProps<T>) {
  const services = useServices();
  const serviceOptions = [
    { id: '', label: 'No service' },
    ...(services.data ?? [])
      .filter((s) => s.active)
      .map((s) => ({ id: s.id, label: s.code ? `${s.name} (${s.code})` : s.name })),
  ];
  // Both forms have these fields; TypeScript cannot see that through the generic, so it is told.
  const name = (key: keyof SlotShape & string) => key as string as Path<T>;
  return (
    <>
      <div className="form-row">
        <FormTextField
          control={control}
          name={name('date')}
          label="Date"
          type="date"
          isReadOnly={isReadOnly}
        />
        <FormTextField
          control={control}
          name={name('time')}
          label="Start"
          type="time"
          isReadOnly={isReadOnly}
        />
        <FormNumberField
          control={control}
          name={name('durationMinutes')}
          label="Minutes"
          minValue={5}
          maxValue={600}
          isReadOnly={isReadOnly}
        />
      </div>
      <Controller
        control={control}
        name={name('serviceId')}
        render={({ field, fieldState }) => (
          <SelectField
            label="Service"
            value={field.value as string}
            options={serviceOptions}
            onChange={(id) => {
              field.onChange(id);
              const service = services.data?.find((s) => s.id === id);
              if (service) onServiceChosen?.(service.durationMinutes);
            }}
            error={fieldState.error?.message}
            description={
              services.data?.length === 0
                ? 'Add services and fees in Settings to invoice sessions.'
                : undefined
            }
            isDisabled={isReadOnly}
          />
        )}
      />
      <div className="form-row">
        <Controller
          control={control}
          name={name('modality')}
          render={({ field }) => (
            <SelectField
              label="Where"
              value={field.value as SlotShape['modality']}
              options={MODALITY_OPTIONS}
              onChange={(value) => field.onChange(value as PathValue<T, Path<T>>)}
              isDisabled={isReadOnly}
            />
          )}
        />
        <FormTextField control={control} name={name('location')} label="Location" isReadOnly={isReadOnly} />
      </div>
    </>
  );
}
