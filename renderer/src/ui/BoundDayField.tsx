import type { ReactNode } from 'react';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { ClockField } from './ClockField';
import { DayField } from './DayField';

export interface BoundDayFieldProps<T extends FieldValues> {
  control: Control<T>;
  name: Path<T>;
  /** A calendar day (YYYY-MM-DD) or a time of day (HH:mm). */
  kind: 'date' | 'time';
  label: ReactNode;
  description?: ReactNode;
  className?: string;
  isReadOnly?: boolean;
  autoFocus?: boolean;
}

/** A date or time field in the app's locale, bound to a react-hook-form field, its error under it. */
export function BoundDayField<T extends FieldValues>({
  control,
  name,
  kind,
  ...props
}: BoundDayFieldProps<T>) {
  const Field = kind === 'date' ? DayField : ClockField;
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Field
          {...props}
          value={(field.value as string | undefined) ?? ''}
          onChange={field.onChange}
          onBlur={field.onBlur}
          error={fieldState.error?.message ?? null}
          focusRef={field.ref}
        />
      )}
    />
  );
}
