import type { ReactNode } from 'react';
import { TextArea } from 'react-aria-components';
import type { Control, FieldValues, Path } from 'react-hook-form';
import { BoundTextField } from '../ui/BoundTextField';
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
  size = 'normal',
  rows = 2,
  ...field
}: FormTextAreaProps<T>) {
  return (
    <BoundTextField {...field}>
      {(ref) => (
        <TextArea ref={ref} className={`goal-textarea goal-textarea--${size}`} rows={rows} dir="auto" />
      )}
    </BoundTextField>
  );
}
