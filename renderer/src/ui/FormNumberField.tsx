import type { ReactNode } from 'react';
import { FieldError, Group, Input, Label, NumberField, Text } from 'react-aria-components';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import './field.css';

interface FormNumberFieldProps<T extends FieldValues> {
  control: Control<T>;
  name: Path<T>;
  label: string;
  description?: ReactNode;
  minValue?: number;
  maxValue?: number;
  isReadOnly?: boolean;
  /** Narrow box for short numbers (minutes, a count, a percentage). */
  narrow?: boolean;
}

/** A labelled whole-number input bound to a react-hook-form field; arrows step it by one. */
export function FormNumberField<T extends FieldValues>({
  control,
  name,
  label,
  description,
  minValue,
  maxValue,
  isReadOnly,
  narrow = true,
}: FormNumberFieldProps<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <NumberField
          className={narrow ? 'field field--narrow' : 'field'}
          value={typeof field.value === 'number' ? field.value : Number.NaN}
          onChange={(value) => field.onChange(Number.isNaN(value) ? undefined : value)}
          onBlur={field.onBlur}
          minValue={minValue}
          maxValue={maxValue}
          step={1}
          formatOptions={{ maximumFractionDigits: 0, useGrouping: false }}
          isInvalid={fieldState.invalid}
          validationBehavior="aria"
          isReadOnly={isReadOnly}
        >
          <Label className="field__label">{label}</Label>
          <Group className="field__control">
            <Input ref={field.ref} className="field__input" />
          </Group>
          {description && (
            <Text slot="description" className="field__description">
              {description}
            </Text>
          )}
          <FieldError className="field__error">{fieldState.error?.message}</FieldError>
        </NumberField>
      )}
    />
  );
}
