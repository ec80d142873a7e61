import type { ReactNode } from 'react';
import { Input } from 'react-aria-components';
import type { Control, FieldValues, Path } from 'react-hook-form';
import { BoundDayField } from '../ui/BoundDayField';
import { BoundTextField } from '../ui/BoundTextField';

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
export function TextInputField<T extends FieldValues>({ type, ...props }: TextInputFieldProps<T>) {
  if (type === 'date') return <BoundDayField {...props} kind="date" />;
  return (
    <BoundTextField {...props} type={type}>
      {(ref) => (
        <div className="field__control">
          <Input ref={ref} className="field__input" dir="auto" />
        </div>
      )}
    </BoundTextField>
  );
}
