import type { ReactNode } from 'react';
import { FieldError, Label, Text, TextArea, TextField } from 'react-aria-components';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import '../ui/field.css';
import './form-fields.css';

interface FormTextAreaProps<T extends FieldValues> {
  control: Control<T>;
  name: Path<T>;
  label: ReactNode;
  description?: ReactNode;
  /** Large type for what is written with the client watching: their goal in their words. */
  size?: 'normal' | 'large';
  rows?: number;
  isReadOnly?: boolean;
  autoFocus?: boolean;
}

/**
 * A labelled text area bound to a react-hook-form field. It grows with what is written, and lays
 * out right to left by itself when the client's words are in Arabic or Hebrew.
 */
export function FormTextArea<T extends FieldValues>({
  control,
  name,
  label,
  description,
  size = 'normal',
  rows = 2,
  isReadOnly,
  autoFocus,
}: FormTextAreaProps<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextField
          className="field"
          name={field.name}
          value={(field.value as string | undefined) ?? ''}
          onChange={field.onChange}
          onBlur={field.onBlur}
          isInvalid={fieldState.invalid}
          validationBehavior="aria"
          isReadOnly={isReadOnly}
          autoFocus={autoFocus}
        >
          <Label className="field__label">{label}</Label>
          <TextArea
            ref={field.ref}
            className={`goal-textarea goal-textarea--${size}`}
            rows={rows}
            dir="auto"
          />
          {description && (
            <Text slot="description" className="field__description">
              {description}
            </Text>
          )}
          <FieldError className="field__error">{fieldState.error?.message}</FieldError>
        </TextField>
      )}
    />
  );
}
