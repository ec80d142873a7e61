import { useId } from 'react';
import './field.css';

interface FilterDateFieldProps {
  label: string;
  value: string;
  onChange: (day: string) => void;
  /** Why the day does not fit the others (a range that ends before it starts). */
  error?: string;
  className?: string;
}

/**
 * A calendar day that narrows a list (search, the audit trail): applied as it changes, outside any
 * form, with the system's own date control.
 */
export function FilterDateField({ label, value, onChange, error, className }: FilterDateFieldProps) {
  const id = useId();
  const errorId = useId();
  return (
    <div className={`field ${className ?? ''}`} data-invalid={error ? true : undefined}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <div className="field__control">
        <input
          id={id}
          className="field__input"
          type="date"
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
      </div>
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
