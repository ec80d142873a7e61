import type { ReactNode } from 'react';
import { FieldError, Label, Text, TextArea, TextField } from 'react-aria-components';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import '../../ui/field.css';
import './form-fields.css';

interface TextAreaFieldProps<T extends FieldValues> {
  control: Control<T>;
  name: Path<T>;
  label: string;
  description?: ReactNode;
  isReadOnly?: boolean;
  autoFocus?: boolean;
  /** For a box whose heading already says what it is: the label stays for screen readers only. */
  labelHidden?: boolean;
}

/** A growing text box for the client's own words, in whatever script and direction they come. */
export function TextAreaField<T extends FieldValues>({
  control,
  name,
  label,
  description,
  isReadOnly,
  autoFocus,
  labelHidden,
}: TextAreaFieldProps<T>) {
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
          <Label className={labelHidden ? 'visually-hidden' : 'field__label'}>{label}</Label>
          {description && (
            <Text slot="description" className="field__description">
              {description}
            </Text>
          )}
          <div className="field__control">
            <TextArea ref={field.ref} className="field__input field__textarea" dir="auto" rows={3} />
          </div>
          <FieldError className="field__error">{fieldState.error?.message}</FieldError>
        </TextField>
      )}
    />
  );
}
