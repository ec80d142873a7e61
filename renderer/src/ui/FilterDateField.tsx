import { DayField } from './DayField';

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
 * form, typed in the app's locale.
 */
export function FilterDateField({ label, value, onChange, error, className }: FilterDateFieldProps) {
  return <DayField label={label} value={value} onChange={onChange} error={error} className={className} />;
}
