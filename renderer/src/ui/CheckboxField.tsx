import type { ReactNode } from 'react';
import { Checkbox } from 'react-aria-components';
import { Icon } from './Icon';
import './checkbox.css';

interface CheckboxFieldProps {
  isSelected: boolean;
  onChange: (selected: boolean) => void;
  isDisabled?: boolean;
  children: ReactNode;
}

export function CheckboxField({ isSelected, onChange, isDisabled, children }: CheckboxFieldProps) {
  return (
    <Checkbox className="checkbox" isSelected={isSelected} onChange={onChange} isDisabled={isDisabled}>
      <span className="checkbox__box" aria-hidden="true">
        {isSelected && <Icon name="check" size={16} />}
      </span>
      <span className="checkbox__label">{children}</span>
    </Checkbox>
  );
}
