import { useId } from 'react';
import { ActionButton } from '../ui/ActionButton';
import { SelectField } from '../ui/SelectField';
import { NO_FILTERS, type AuditFilterValues } from './audit-queries';
import { ACTION_FILTERS, ANY, RECORD_FILTERS } from './audit-words';

function DayField({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: string;
  onChange: (day: string) => void;
  error?: string;
}) {
  const id = useId();
  const errorId = useId();
  return (
    <div className="field audit-filters__day" data-invalid={error ? true : undefined}>
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

/** The last day may not come before the first; an open end is fine. */
export function dateRangeError(filters: AuditFilterValues): string | undefined {
  return filters.from && filters.to && filters.to < filters.from
    ? 'Choose a day on or after “From”.'
    : undefined;
}

interface AuditFiltersProps {
  value: AuditFilterValues;
  onChange: (value: AuditFilterValues) => void;
}

/** Which entries to show: a kind of action, a kind of record, and a range of days; they combine. */
export function AuditFilters({ value, onChange }: AuditFiltersProps) {
  const filtered = JSON.stringify(value) !== JSON.stringify(NO_FILTERS);
  return (
    <div className="audit-filters" role="group" aria-label="Filters">
      <SelectField
        className="audit-filters__select"
        label="Kind of action"
        value={value.actionPrefix ?? ANY}
        options={ACTION_FILTERS}
        onChange={(id) => onChange({ ...value, actionPrefix: id === ANY ? null : id })}
      />
      <SelectField
        className="audit-filters__select"
        label="Kind of record"
        value={value.entity ?? ANY}
        options={RECORD_FILTERS}
        onChange={(id) => onChange({ ...value, entity: id === ANY ? null : id })}
      />
      <DayField label="From" value={value.from} onChange={(from) => onChange({ ...value, from })} />
      <DayField
        label="To"
        value={value.to}
        onChange={(to) => onChange({ ...value, to })}
        error={dateRangeError(value)}
      />
      {filtered && (
        <ActionButton variant="quiet" onPress={() => onChange(NO_FILTERS)}>
          Clear filters
        </ActionButton>
      )}
    </div>
  );
}
