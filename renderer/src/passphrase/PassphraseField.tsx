import { useState, type ReactNode } from 'react';
import { ToggleButton } from 'react-aria-components';
import type { Control, FieldValues, Path } from 'react-hook-form';
import { FormTextField } from '../ui/FormTextField';
import { Icon } from '../ui/Icon';
import './passphrase-field.css';

interface PassphraseFieldProps<T extends FieldValues> {
  control: Control<T>;
  name: Path<T>;
  label: string;
  description?: ReactNode;
  autoComplete: 'current-password' | 'new-password';
  autoFocus?: boolean;
  isReadOnly?: boolean;
}

/** A passphrase input with a show/hide toggle, so a long passphrase can be checked before it is used. */
export function PassphraseField<T extends FieldValues>(props: PassphraseFieldProps<T>) {
  const [visible, setVisible] = useState(false);
  return (
    <FormTextField
      {...props}
      type={visible ? 'text' : 'password'}
      trailing={
        <ToggleButton
          className="passphrase-toggle"
          aria-label={`Show ${props.label.toLowerCase()}`}
          isSelected={visible}
          onChange={setVisible}
        >
          <Icon name={visible ? 'eyeOff' : 'eye'} />
        </ToggleButton>
      }
    />
  );
}
