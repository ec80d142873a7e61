import { Input } from 'react-aria-components';
import { Controller, useWatch, type Control, type FieldValues, type Path } from 'react-hook-form';
import { BoundTextField } from '../ui/BoundTextField';
import { ChoiceGroup } from '../ui/ChoiceGroup';
import { SignaturePad } from './SignaturePad';

/** A way of signing as its card says it, and what the name box is called with it (null: no box). */
export interface SignMethodWords {
  label: string;
  hint: string;
  nameLabel: string | null;
}

/** What every signing form holds under these names: how the person signs, and the drawing. */
interface SignatureValues {
  method: string;
  signaturePath?: string;
}

interface SignatureFieldsProps<T extends FieldValues & SignatureValues, M extends string> {
  control: Control<T>;
  /** The question the ways of signing answer. */
  label: string;
  /** The ways of signing, in the order shown; 'drawn' is the one with the pad. */
  methods: readonly M[];
  words: Record<M, SignMethodWords>;
  /** The form's field for the name of the person signing. */
  nameField: Path<T>;
  /** The pad's name: the clinician's screens speak of the client; the client's own screen, to them. */
  padLabel?: string;
  /** While the signature is being recorded. */
  isReadOnly?: boolean;
}

/**
 * How a person signs, as every signing form asks it: the ways as cards, their name, and the pad
 * when they draw. The form around it owns the schema, the date and what is done on submit.
 */
export function SignatureFields<T extends FieldValues & SignatureValues, M extends string>({
  control,
  label,
  methods,
  words,
  nameField,
  padLabel,
  isReadOnly,
}: SignatureFieldsProps<T, M>) {
  const method = useWatch({ control, name: 'method' as Path<T> }) as M;
  const nameLabel = words[method].nameLabel;
  // The pad needs a pointer, so it names the other ways, as their cards do, for the keyboard.
  const keyboardChoices = methods
    .filter((m) => m !== 'drawn')
    .map((m) => `“${words[m].label}”`)
    .join(' or ');
  return (
    <>
      <Controller
        control={control}
        name={'method' as Path<T>}
        render={({ field, fieldState }) => (
          <ChoiceGroup
            look="cards"
            label={label}
            orientation="vertical"
            options={methods.map((m) => ({ value: m, label: words[m].label, hint: words[m].hint }))}
            value={field.value as M}
            onChange={(v) => field.onChange(v)}
            error={fieldState.error?.message}
          />
        )}
      />
      {nameLabel !== null && (
        <BoundTextField control={control} name={nameField} label={nameLabel} isReadOnly={isReadOnly}>
          {(ref) => (
            <div className="field__control">
              <Input ref={ref} className="field__input" dir="auto" spellCheck={false} />
            </div>
          )}
        </BoundTextField>
      )}
      {method === 'drawn' && (
        <Controller
          control={control}
          name={'signaturePath' as Path<T>}
          render={({ field, fieldState }) => (
            <SignaturePad
              value={(field.value as string | undefined) ?? ''}
              onChange={(path) => field.onChange(path === '' ? undefined : path)}
              errorMessage={fieldState.error?.message}
              keyboardChoices={keyboardChoices}
              label={padLabel}
            />
          )}
        />
      )}
    </>
  );
}
