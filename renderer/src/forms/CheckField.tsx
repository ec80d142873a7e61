import type { ReactNode } from 'react';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { CheckboxField } from '../ui/CheckboxField';

interface CheckFieldProps<T extends FieldValues> {
  control: Control<T>;
  name: Path<T>;
  isDisabled?: boolean;
  children: ReactNode;
}

/** A yes-or-no tick box bound to a form field. */
export function CheckField<T extends FieldValues>({
  control,
  name,
  isDisabled,
  children,
}: CheckFieldProps<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <CheckboxField isSelected={Boolean(field.value)} onChange={field.onChange} isDisabled={isDisabled}>
          {children}
        </CheckboxField>
      )}
    />
  );
}
