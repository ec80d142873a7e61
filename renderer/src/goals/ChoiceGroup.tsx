import type { ReactNode } from 'react';
import { FieldError, Label, Radio, RadioGroup, Text } from 'react-aria-components';
import './goal-choices.css';

export interface Choice {
  value: string;
  label: ReactNode;
  /** A second line under the label. */
  detail?: ReactNode;
}

interface ChoiceGroupProps {
  label: ReactNode;
  description?: ReactNode;
  choices: readonly Choice[];
  value: string | null;
  onChange: (value: string) => void;
  /** Buttons in a row (short answers) or cards in a column (answers with a line of detail). */
  layout?: 'row' | 'column';
  errorMessage?: string;
}

/** One answer out of a few, as large targets a tired hand and a keyboard both find easily. */
export function ChoiceGroup({
  label,
  description,
  choices,
  value,
  onChange,
  layout = 'row',
  errorMessage,
}: ChoiceGroupProps) {
  return (
    <RadioGroup
      className={`goal-choices goal-choices--${layout}`}
      value={value}
      onChange={onChange}
      isInvalid={Boolean(errorMessage)}
      validationBehavior="aria"
      orientation={layout === 'row' ? 'horizontal' : 'vertical'}
    >
      <Label className="field__label">{label}</Label>
      {description && (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      )}
      <div className="goal-choices__options">
        {choices.map((choice) => (
          <Radio key={choice.value} value={choice.value} className="goal-choice">
            <span className="goal-choice__label">{choice.label}</span>
            {choice.detail && <span className="goal-choice__detail">{choice.detail}</span>}
          </Radio>
        ))}
      </div>
      <FieldError className="field__error">{errorMessage}</FieldError>
    </RadioGroup>
  );
}
