import type { Control, FieldValues, Path } from 'react-hook-form';
import type { PassphraseStrength } from '../../../shared/vault/passphrase-strength';
import { PassphraseField } from './PassphraseField';
import { StrengthMeter } from './StrengthMeter';

interface NewPassphraseFieldsProps<T extends FieldValues> {
  control: Control<T>;
  name: Path<T>;
  confirmationName: Path<T>;
  label: string;
  description?: string;
  strength: PassphraseStrength | null;
  autoFocus?: boolean;
  isReadOnly?: boolean;
}

/** Choosing a new passphrase: the field, its live strength right under it, then typing it again. */
export function NewPassphraseFields<T extends FieldValues>({
  control,
  name,
  confirmationName,
  label,
  description,
  strength,
  autoFocus,
  isReadOnly,
}: NewPassphraseFieldsProps<T>) {
  return (
    <>
      <div className="stack--tight">
        <PassphraseField
          control={control}
          name={name}
          label={label}
          description={description}
          autoComplete="new-password"
          autoFocus={autoFocus}
          isReadOnly={isReadOnly}
        />
        <StrengthMeter strength={strength} />
      </div>
      <PassphraseField
        control={control}
        name={confirmationName}
        label={`Type the ${label.toLowerCase()} again`}
        autoComplete="new-password"
        isReadOnly={isReadOnly}
      />
    </>
  );
}
