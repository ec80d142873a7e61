import type { ReactNode } from 'react';
import { FieldError, Label, Radio, RadioGroup, Text } from 'react-aria-components';
import './radio-choice.css';

export interface RadioOption<K extends string> {
  id: K;
  label: ReactNode;
  /** A line under the label explaining the consequence of the choice. */
  hint?: ReactNode;
}

interface RadioChoiceProps<K extends string> {
  label: string;
  value: K | null;
  onChange: (value: K) => void;
  options: readonly RadioOption<K>[];
  description?: ReactNode;
  error?: string;
  orientation?: 'vertical' | 'horizontal';
  isDisabled?: boolean;
}

/** One choice among a few, all visible at once; arrow keys move between them. */
export function RadioChoice<K extends string>({
  label,
  value,
  onChange,
  options,
  description,
  error,
  orientation = 'vertical',
  isDisabled,
}: RadioChoiceProps<K>) {
  return (
    <RadioGroup
      className={`radio-choice radio-choice--${orientation}`}
      value={value}
      onChange={(next) => onChange(next as K)}
      orientation={orientation}
      isInvalid={Boolean(error)}
      isDisabled={isDisabled}
      validationBehavior="aria"
    >
      <Label className="field__label">{label}</Label>
      {description && (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      )}
      <div className="radio-choice__options">
        {options.map((option) => (
          <Radio key={option.id} value={option.id} className="radio-choice__option">
            <span className="radio-choice__dot" aria-hidden="true" />
            <span className="radio-choice__text">
              <span>{option.label}</span>
              {option.hint && <span className="radio-choice__hint">{option.hint}</span>}
            </span>
          </Radio>
        ))}
      </div>
      <FieldError className="field__error">{error}</FieldError>
    </RadioGroup>
  );
}
