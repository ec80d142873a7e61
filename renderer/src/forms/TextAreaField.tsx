import type { ReactNode } from 'react';
import { TextArea } from 'react-aria-components';
import type { Control, FieldValues, Path } from 'react-hook-form';
import { BoundTextField } from '../ui/BoundTextField';
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
export function TextAreaField<T extends FieldValues>(props: TextAreaFieldProps<T>) {
  return (
    <BoundTextField {...props} descriptionAbove>
      {(ref) => (
        <div className="field__control">
          <TextArea ref={ref} className="field__input field__textarea" dir="auto" rows={3} />
        </div>
      )}
    </BoundTextField>
  );
}
