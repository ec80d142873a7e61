import type { Key } from 'react-aria-components';
import { ToggleButton, ToggleButtonGroup } from 'react-aria-components';
import './choice-group.css';

export interface Choice<K extends string> {
  value: K;
  label: string;
  /** A longer name for assistive technology when the visible label is terse (a bare number). */
  ariaLabel?: string;
}

interface ChoiceGroupProps<K extends string> {
  /** Names the group for assistive technology; pass `labelledBy` instead when a visible label exists. */
  label?: string;
  labelledBy?: string;
  options: readonly Choice<K>[];
  value: K | null;
  onChange: (value: K | null) => void;
  /** Pressing the chosen option again clears it, back to "not answered". */
  allowEmpty?: boolean;
  /**
   * 'row' sizes options to their words; 'grid' gives them equal cells that wrap in a narrow panel;
   * 'scale' keeps a numeric scale on one line of equal cells.
   */
  layout?: 'row' | 'grid' | 'scale';
  orientation?: 'horizontal' | 'vertical';
}

/** A row of connected buttons, one of which is chosen: a radio group that reads at a glance. */
export function ChoiceGroup<K extends string>({
  label,
  labelledBy,
  options,
  value,
  onChange,
  allowEmpty = false,
  layout = 'row',
  orientation = 'horizontal',
}: ChoiceGroupProps<K>) {
  return (
    <ToggleButtonGroup
      className={`choice-group choice-group--${layout} choice-group--${orientation}`}
      aria-label={labelledBy ? undefined : label}
      aria-labelledby={labelledBy}
      selectionMode="single"
      disallowEmptySelection={!allowEmpty}
      orientation={orientation}
      selectedKeys={value === null ? [] : [value]}
      onSelectionChange={(keys: Set<Key>) => {
        const [first] = [...keys];
        onChange(first === undefined ? null : (String(first) as K));
      }}
    >
      {options.map((option) => (
        <ToggleButton
          key={option.value}
          id={option.value}
          className="choice-group__option"
          aria-label={option.ariaLabel}
        >
          {option.label}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}
