import type { ReactNode } from 'react';
import type { Control, FieldValues, Path } from 'react-hook-form';
import { BoundDayField } from '../ui/BoundDayField';
import './form-fields.css';

interface FormDateFieldProps<T extends FieldValues> {
  control: Control<T>;
  name: Path<T>;
  label: string;
  description?: ReactNode;
}

/** A calendar day (YYYY-MM-DD) bound to a react-hook-form field, typed in the app's locale. */
export function FormDateField<T extends FieldValues>(props: FormDateFieldProps<T>) {
  return <BoundDayField {...props} kind="date" className="goal-date" />;
}
