import type { ReactNode } from 'react';
import { FieldError, Input, Label, Text, TextField } from 'react-aria-components';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import './field.css';

interface FormTextFieldProps<T extends FieldValues> {
  control: Control<T>;
  name: Path<T>;
  label: string;
  description?: ReactNode;
  type?: 'text' | 'password' | 'date' | 'time';
  autoComplete?: string;
  autoFocus?: boolean;
  /** While the form's work runs: the field keeps focus (a disabled one would drop it) but cannot change. */
  isReadOnly?: boolean;
  /** Monospace and letter-spaced, for keys typed back from paper. */
  mono?: boolean;
  placeholder?: string;
  /** A control sitting inside the field's box, after the input (e.g. show/hide). */
  trailing?: ReactNode;
}

/** A labelled text input bound to a react-hook-form field, showing its error under it. */
export function FormTextField<T extends FieldValues>({
  control,
  name,
  label,
  description,
  type = 'text',
  autoComplete,
  autoFocus,
  isReadOnly,
  mono,
  placeholder,
  trailing,
}: FormTextFieldProps<T>) {
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
          type={type}
          autoComplete={autoComplete}
          autoFocus={autoFocus}
          isReadOnly={isReadOnly}
        >
          <Label className="field__label">{label}</Label>
          <div className="field__control">
            <Input
              ref={field.ref}
              className={mono ? 'field__input field__input--mono' : 'field__input'}
              spellCheck={false}
              autoCapitalize="off"
              autoCorrect="off"
              placeholder={placeholder}
            />
            {trailing}
          </div>
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
