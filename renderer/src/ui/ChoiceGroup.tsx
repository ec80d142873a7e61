import type { ReactNode } from 'react';
import {
  FieldError,
  Label,
  Radio,
  RadioGroup,
  Text,
  ToggleButton,
  ToggleButtonGroup,
} from 'react-aria-components';
import type { Key } from 'react-aria-components';
import './choice-group.css';

export interface ChoiceOption<K extends string> {
  value: K;
  label: ReactNode;
  /** A line under the label: the consequence of the choice, or a level's description. */
  hint?: ReactNode;
  /** A longer name for assistive technology when the visible label is terse (a bare number). */
  ariaLabel?: string;
}

interface CommonProps<K extends string> {
  /**
   * 'radio': a list of round marks, for a setting in a form. 'cards': large targets with an optional
   * line of detail, for the answers a tired hand picks in a dialog. 'segments': a row of connected
   * buttons that reads at a glance, for the many small answers of a note.
   */
  look?: 'radio' | 'cards' | 'segments';
  /** A visible label; segments are usually named by one that exists already (`labelledBy`). */
  label?: ReactNode;
  labelledBy?: string;
  description?: ReactNode;
  error?: string;
  options: readonly ChoiceOption<K>[];
  value: K | null;
  orientation?: 'horizontal' | 'vertical';
  /**
   * Segments only: 'row' sizes options to their words; 'grid' gives them equal cells that wrap in a
   * narrow panel; 'scale' keeps a numeric scale on one line of equal cells.
   */
  layout?: 'row' | 'grid' | 'scale';
  isDisabled?: boolean;
}

/** Segments can let pressing the chosen option again clear it, back to "not answered". */
type ChoiceGroupProps<K extends string> = CommonProps<K> &
  (
    | { allowEmpty?: false; onChange: (value: K) => void }
    | { allowEmpty: true; look: 'segments'; onChange: (value: K | null) => void }
  );

/** One answer out of a few, all visible at once; arrow keys move between them. */
export function ChoiceGroup<K extends string>(props: ChoiceGroupProps<K>) {
  const { look = 'radio', label, labelledBy, description, error, options, value, isDisabled } = props;
  const orientation = props.orientation ?? (look === 'radio' ? 'vertical' : 'horizontal');

  if (look === 'segments') {
    return (
      <ToggleButtonGroup
        className={`choice-segments choice-segments--${props.layout ?? 'row'} choice-segments--${orientation}`}
        aria-label={labelledBy || typeof label !== 'string' ? undefined : label}
        aria-labelledby={labelledBy}
        selectionMode="single"
        disallowEmptySelection={!props.allowEmpty}
        orientation={orientation}
        isDisabled={isDisabled}
        selectedKeys={value === null ? [] : [value]}
        onSelectionChange={(keys: Set<Key>) => {
          const [first] = [...keys];
          if (first !== undefined) props.onChange(String(first) as K);
          else if (props.allowEmpty) props.onChange(null);
        }}
      >
        {options.map((option) => (
          <ToggleButton
            key={option.value}
            id={option.value}
            className="choice-segments__option"
            aria-label={option.ariaLabel}
          >
            {option.label}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
    );
  }

  const block = look === 'cards' ? 'choice-cards' : 'radio-choice';
  return (
    <RadioGroup
      className={`${block} ${block}--${orientation}`}
      value={value}
      onChange={(next) => props.onChange(next as K)}
      orientation={orientation}
      isInvalid={Boolean(error)}
      isDisabled={isDisabled}
      validationBehavior="aria"
      aria-labelledby={labelledBy}
    >
      {label && <Label className="field__label">{label}</Label>}
      {description && (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      )}
      <div className={`${block}__options`}>
        {options.map((option) =>
          look === 'cards' ? (
            <Radio
              key={option.value}
              value={option.value}
              className="choice-card"
              aria-label={option.ariaLabel}
            >
              <span className="choice-card__label">{option.label}</span>
              {option.hint && <span className="choice-card__hint">{option.hint}</span>}
            </Radio>
          ) : (
            <Radio
              key={option.value}
              value={option.value}
              className="radio-choice__option"
              aria-label={option.ariaLabel}
            >
              <span className="radio-choice__dot" aria-hidden="true" />
              <span className="radio-choice__text">
                <span>{option.label}</span>
                {option.hint && <span className="radio-choice__hint">{option.hint}</span>}
              </span>
            </Radio>
          ),
        )}
      </div>
      <FieldError className="field__error">{error}</FieldError>
    </RadioGroup>
  );
}
