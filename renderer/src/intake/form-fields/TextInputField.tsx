import type { ReactNode } from 'react';
import { FieldError, Input, Label, Text, TextField } from 'react-aria-components';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import '../../ui/field.css';

interface TextInputFieldProps<T extends FieldValues> {
  control: Control<T>;
  name: Path<T>;
  label: string;
  description?: ReactNode;
  type?: 'text' | 'email' | 'tel' | 'date';
  autoFocus?: boolean;
  isReadOnly?: boolean;
  className?: string;
}

/**
 * A one-line field for what the clinician types about a client. Its direction follows the text
 * (dir="auto"), so a name in Arabic or Hebrew reads right to left as it is typed.
 */
export function TextInputField<T extends FieldValues>({
  control,
  name,
  label,
  description,
  type = 'text',
  autoFocus,
  isReadOnly,
  className,
}: TextInputFieldProps<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextField
          className={className ? `field ${className}` : 'field'}
          name={field.name}
          value={(field.value as string | undefined) ?? ''}
          onChange={field.onChange}
          onBlur={field.onBlur}
          isInvalid={fieldState.invalid}
          validationBehavior="aria"
          type={type}
          autoFocus={autoFocus}
          isReadOnly={isReadOnly}
        >
          <Label className="field__label">{label}</Label>
          <div className="field__control">
            <Input ref={field.ref} className="field__input" dir={type === 'date' ? undefined : 'auto'} />
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
