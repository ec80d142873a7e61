import type { Key } from 'react-aria-components';
import { Input, Label, SearchField, ToggleButtonGroup } from 'react-aria-components';
import { CLIENT_STATUSES, STATUS_LABELS, type ClientStatus } from '../../../shared/clients/client-status';
import { Chip } from './Chip';
import { SORT_LABELS, type ClientSort } from './client-list-query';

interface ClientListControlsProps {
  search: string;
  onSearchChange: (search: string) => void;
  statuses: readonly ClientStatus[];
  onStatusesChange: (statuses: ClientStatus[]) => void;
  sort: ClientSort;
  onSortChange: (sort: ClientSort) => void;
}

function keysOf<T extends string>(keys: Set<Key>, allowed: readonly T[]): T[] {
  return allowed.filter((value) => keys.has(value));
}

/** Find, filter and order: the search goes to the main side as it is typed, accents and case ignored. */
export function ClientListControls(props: ClientListControlsProps) {
  return (
    <div className="client-controls">
      <SearchField
        className="field client-controls__search"
        value={props.search}
        onChange={props.onSearchChange}
      >
        <Label className="field__label">Find a client</Label>
        <div className="field__control">
          <Input className="field__input" dir="auto" placeholder="Type any part of a name" />
        </div>
      </SearchField>
      <div className="client-controls__row">
        <div className="client-controls__group">
          <span className="client-controls__label" id="client-status-filter">
            Show
          </span>
          <ToggleButtonGroup
            aria-labelledby="client-status-filter"
            className="chip-group"
            selectionMode="multiple"
            disallowEmptySelection
            selectedKeys={new Set(props.statuses)}
            onSelectionChange={(keys) => props.onStatusesChange(keysOf(keys, CLIENT_STATUSES))}
          >
            {CLIENT_STATUSES.map((status) => (
              <Chip key={status} id={status} label={STATUS_LABELS[status]} />
            ))}
          </ToggleButtonGroup>
        </div>
        <div className="client-controls__group">
          <span className="client-controls__label" id="client-sort">
            Sort by
          </span>
          <ToggleButtonGroup
            aria-labelledby="client-sort"
            className="chip-group"
            selectionMode="single"
            disallowEmptySelection
            selectedKeys={new Set([props.sort])}
            onSelectionChange={(keys) => {
              const [sort] = keysOf(keys, Object.keys(SORT_LABELS) as ClientSort[]);
              if (sort) props.onSortChange(sort);
            }}
          >
            {(Object.keys(SORT_LABELS) as ClientSort[]).map((sort) => (
              <Chip key={sort} id={sort} label={SORT_LABELS[sort]} />
            ))}
          </ToggleButtonGroup>
        </div>
      </div>
    </div>
  );
}
