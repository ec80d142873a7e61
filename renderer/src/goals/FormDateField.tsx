import type { ReactNode } from 'react';
import { Input } from 'react-aria-components';
import type { Control, FieldValues, Path } from 'react-hook-form';
import { BoundTextField } from '../ui/BoundTextField';
import './form-fields.css';

interface FormDateFieldProps<T extends FieldValues> {
  control: Control<T>;
  name: Path<T>;
  label: string;
  description?: ReactNode;
}

/** A calendar day (YYYY-MM-DD) bound to a react-hook-form field, with the system's own date control. */
export function FormDateField<T extends FieldValues>(props: FormDateFieldProps<T>) {
  return (
    <BoundTextField {...props} className="goal-date">
      {(ref) => (
        <div className="field__control">
          <Input ref={ref} type="date" className="field__input" />
        </div>
      )}
    </BoundTextField>
  );
}
