import { Controller, useWatch, type Control } from 'react-hook-form';
import { MIN_PASSWORD_LENGTH } from '../../../shared/summary/summary-contract';
import { PassphraseField } from '../passphrase/PassphraseField';
import { CheckboxField } from '../ui/CheckboxField';
import type { ExportForm } from './export-form';

/**
 * Whether the file is protected. It leaves the encrypted vault, so protection is on unless the
 * clinician turns it off; the password is never stored, so it has to reach the recipient another way.
 */
export function PasswordChoice({
  control,
  isReadOnly,
}: {
  control: Control<ExportForm>;
  isReadOnly: boolean;
}) {
  const protect = useWatch({ control, name: 'protect' });
  return (
    <fieldset className="export-password">
      <legend className="export-group__label">Protection</legend>
      <Controller
        control={control}
        name="protect"
        render={({ field }) => (
          <CheckboxField isSelected={field.value} onChange={field.onChange} isDisabled={isReadOnly}>
            Protect the file with a password (AES-256)
          </CheckboxField>
        )}
      />
      {protect ? (
        <div className="export-password__fields">
          <PassphraseField
            control={control}
            name="password"
            label="Password for the file"
            autoComplete="new-password"
            isReadOnly={isReadOnly}
            description={`At least ${MIN_PASSWORD_LENGTH} characters. Rapport does not keep it: give it to the recipient another way, for example by phone.`}
          />
          <PassphraseField
            control={control}
            name="confirmation"
            label="Type the password again"
            autoComplete="new-password"
            isReadOnly={isReadOnly}
          />
        </div>
      ) : (
        <p className="field__description export-password__warning">
          Without a password, anyone who gets the file can read it.
        </p>
      )}
    </fieldset>
  );
}
