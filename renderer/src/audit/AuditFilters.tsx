import { ActionButton } from '../ui/ActionButton';
import { FilterDateField } from '../ui/FilterDateField';
import { SelectField } from '../ui/SelectField';
import { NO_FILTERS, type AuditFilterValues } from './audit-queries';
import { ACTION_FILTERS, ANY, RECORD_FILTERS } from './audit-words';

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
      <FilterDateField
        label="From"
        className="audit-filters__day"
        value={value.from}
        onChange={(from) => onChange({ ...value, from })}
      />
      <FilterDateField
        label="To"
        className="audit-filters__day"
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
