import type { ReactNode } from 'react';
import { Input } from 'react-aria-components';
import type { Control, FieldValues, Path } from 'react-hook-form';
import { BoundDayField } from './BoundDayField';
import { BoundTextField } from './BoundTextField';

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

/** A labelled text input for what the app asks (passphrases, keys, days, times), bound to a form field. */
export function FormTextField<T extends FieldValues>({
  mono,
  placeholder,
  trailing,
  type,
  ...field
}: FormTextFieldProps<T>) {
  if (type === 'date' || type === 'time') {
    const { autoComplete: _unused, ...day } = field;
    return <BoundDayField {...day} kind={type} />;
  }
  return (
    <BoundTextField {...field} type={type}>
      {(ref) => (
        <div className="field__control">
          <Input
            ref={ref}
            className={mono ? 'field__input field__input--mono' : 'field__input'}
            spellCheck={false}
            autoCapitalize="off"
            autoCorrect="off"
            placeholder={placeholder}
          />
          {trailing}
        </div>
      )}
    </BoundTextField>
  );
}
