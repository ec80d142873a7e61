import { FieldError, Label, Radio, RadioGroup, Text } from 'react-aria-components';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import './form-fields.css';

export interface Choice<V> {
  value: V;
  label: string;
}

interface ChoiceFieldProps<T extends FieldValues, V> {
  control: Control<T>;
  name: Path<T>;
  label: string;
  description?: string;
  choices: readonly Choice<V>[];
  isReadOnly?: boolean;
}

/**
 * One answer from a few, as radio buttons in a row. Values that are not strings (null, true, false)
 * are matched by their position in `choices`, so a field can hold exactly what the schema says.
 */
export function ChoiceField<T extends FieldValues, V>({
  control,
  name,
  label,
  description,
  choices,
  isReadOnly,
}: ChoiceFieldProps<T, V>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => {
        const index = choices.findIndex((choice) => choice.value === field.value);
        return (
          <RadioGroup
            className="choice-field"
            orientation="horizontal"
            value={index >= 0 ? String(index) : null}
            onChange={(value) => field.onChange(choices[Number(value)]?.value)}
            onBlur={field.onBlur}
            isInvalid={fieldState.invalid}
            isReadOnly={isReadOnly}
          >
            <Label className="field__label">{label}</Label>
            {description && (
              <Text slot="description" className="field__description">
                {description}
              </Text>
            )}
            <div className="choice-field__options">
              {choices.map((choice, i) => (
                <Radio key={choice.label} value={String(i)} className="choice-field__option">
                  {choice.label}
                </Radio>
              ))}
            </div>
            <FieldError className="field__error">{fieldState.error?.message}</FieldError>
          </RadioGroup>
        );
      }}
    />
  );
}
