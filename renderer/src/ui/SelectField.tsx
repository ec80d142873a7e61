import type { ReactNode } from 'react';
import {
  Button,
  FieldError,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
  Text,
} from 'react-aria-components';
import './field.css';
import './select-field.css';

export interface SelectOption<K extends string> {
  id: K;
  label: string;
}

interface SelectFieldProps<K extends string> {
  label: string;
  value: K | null;
  onChange: (value: K) => void;
  options: readonly SelectOption<K>[];
  description?: ReactNode;
  placeholder?: string;
  error?: string;
  isDisabled?: boolean;
  className?: string;
}

/** A labelled drop-down choice among a few fixed options, keyboard-operable like a native select. */
export function SelectField<K extends string>({
  label,
  value,
  onChange,
  options,
  description,
  placeholder,
  error,
  isDisabled,
  className,
}: SelectFieldProps<K>) {
  return (
    <Select
      className={`field select-field ${className ?? ''}`}
      value={value}
      onChange={(key) => {
        if (key !== null) onChange(String(key) as K);
      }}
      placeholder={placeholder}
      isInvalid={Boolean(error)}
      isDisabled={isDisabled}
      validationBehavior="aria"
    >
      <Label className="field__label">{label}</Label>
      <Button className="field__control select-field__button">
        <SelectValue className="select-field__value" />
        <span className="select-field__chevron" aria-hidden="true">
          ▾
        </span>
      </Button>
      {description && (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      )}
      <FieldError className="field__error">{error}</FieldError>
      <Popover className="select-field__popover">
        <ListBox className="select-field__list" items={options}>
          {(option) => (
            <ListBoxItem id={option.id} className="select-field__option" textValue={option.label}>
              {option.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}
