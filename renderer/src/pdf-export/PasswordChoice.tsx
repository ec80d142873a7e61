import { Controller, useWatch, type Control, type FieldValues, type Path } from 'react-hook-form';
import { MIN_PASSWORD_LENGTH } from '../../../shared/pdf/pdf-output';
import { PassphraseField } from '../passphrase/PassphraseField';
import { CheckboxField } from '../ui/CheckboxField';
import type { PasswordFields } from './pdf-file-form';
import './password-choice.css';

/**
 * Whether the file is protected. It leaves the encrypted vault, so protection is on unless the
 * clinician turns it off; the password is never stored, so it has to reach the recipient another way,
 * which `handOver` suggests.
 */
export function PasswordChoice<T extends FieldValues & PasswordFields>({
  control,
  isReadOnly,
  handOver,
}: {
  control: Control<T>;
  isReadOnly: boolean;
  handOver: string;
}) {
  const protect = useWatch({ control, name: 'protect' as Path<T> }) as boolean;
  return (
    <fieldset className="password-choice">
      <legend className="password-choice__legend">Protection</legend>
      <Controller
        control={control}
        name={'protect' as Path<T>}
        render={({ field }) => (
          <CheckboxField
            isSelected={field.value as boolean}
            onChange={field.onChange}
            isDisabled={isReadOnly}
          >
            Protect the file with a password (AES-256)
          </CheckboxField>
        )}
      />
      {protect ? (
        <div className="password-choice__fields">
          <PassphraseField
            control={control}
            name={'password' as Path<T>}
            label="Password for the file"
            autoComplete="new-password"
            isReadOnly={isReadOnly}
            description={`At least ${MIN_PASSWORD_LENGTH} characters. Rapport does not keep it: ${handOver}`}
          />
          <PassphraseField
            control={control}
            name={'confirmation' as Path<T>}
            label="Type the password again"
            autoComplete="new-password"
            isReadOnly={isReadOnly}
          />
        </div>
      ) : (
        <p className="field__description password-choice__warning">
          Without a password, anyone who gets the file can read it.
        </p>
      )}
    </fieldset>
  );
}
