import type { ReactNode, Ref } from 'react';
import { FieldError, Label, Text, TextField } from 'react-aria-components';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import './field.css';

export interface BoundTextFieldProps<T extends FieldValues> {
  control: Control<T>;
  name: Path<T>;
  label: ReactNode;
  description?: ReactNode;
  /** Prompts that say what to write go above the box; hints about a typed value go under it. */
  descriptionAbove?: boolean;
  /** For a box whose heading already says what it is: the label stays for screen readers only. */
  labelHidden?: boolean;
  className?: string;
  type?: 'text' | 'password' | 'email' | 'tel';
  autoComplete?: string;
  autoFocus?: boolean;
  /** While the form's work runs: the field keeps focus (a disabled one would drop it) but cannot change. */
  isReadOnly?: boolean;
  /** The Input or TextArea itself, given the ref react-hook-form focuses on an error. */
  children: (ref: Ref<HTMLInputElement & HTMLTextAreaElement>) => ReactNode;
}

/**
 * A labelled text field bound to a react-hook-form field, showing its error under it: the one
 * skeleton under every one-line, date and multi-line field, so they label and report alike.
 */
export function BoundTextField<T extends FieldValues>({
  control,
  name,
  label,
  description,
  descriptionAbove,
  labelHidden,
  className,
  type,
  autoComplete,
  autoFocus,
  isReadOnly,
  children,
}: BoundTextFieldProps<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => {
        const help = description && (
          <Text slot="description" className="field__description">
            {description}
          </Text>
        );
        return (
          <TextField
            className={className ? `field ${className}` : 'field'}
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
            <Label className={labelHidden ? 'visually-hidden' : 'field__label'}>{label}</Label>
            {descriptionAbove && help}
            {children(field.ref)}
            {!descriptionAbove && help}
            <FieldError className="field__error">{fieldState.error?.message}</FieldError>
          </TextField>
        );
      }}
    />
  );
}
