import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { Input, Label, SearchField } from 'react-aria-components';
import { NOTE_FORMAT_KEYS } from '../../../shared/notes/note-formats';
import { PageHeader } from '../ui/PageHeader';
import { shortcutLabel } from '../ui/shortcut-label';
import { ChoiceGroup } from '../ui/ChoiceGroup';
import { useCtrlShortcut } from '../notes/use-ctrl-shortcut';
import { Alert } from '../ui/Alert';
import { filterHits, groupByClient, type SearchFilters } from './group-hits';
import { SEARCH_LIMIT, useNoteSearch } from './search-queries';
import { SearchResults } from './SearchResults';
import '../ui/field.css';
import './search.css';
import { FilterDateField } from '../ui/FilterDateField';

/** How long typing must pause before a search runs: fast enough to feel live, slow enough not to flood. */
const DEBOUNCE_MS = 200;

function useDebounced(value: string, ms: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

function resultLine(notes: number, clients: number, capped: boolean): string {
  if (notes === 0) return 'No notes match.';
  const counted = `${notes} ${notes === 1 ? 'note' : 'notes'} for ${clients} ${clients === 1 ? 'client' : 'clients'}`;
  return capped
    ? `${counted}: the best ${SEARCH_LIMIT} matches. Add a word to narrow them down.`
    : `${counted}.`;
}

/**
 * Search across every progress note and addendum as you type, grouped by client, with the matched
 * words highlighted. Private process notes are never searched.
 */
export function SearchPage() {
  const [typed, setTyped] = useState('');
  const query = useDebounced(typed, DEBOUNCE_MS);
  const [filters, setFilters] = useState<SearchFilters>({ from: '', to: '', format: null });
  const search = useNoteSearch(query);
  const field = useRef<HTMLInputElement>(null);
  const formatLabel = useId();

  // After the page heading takes focus (PageHeader), the search field takes it: typing is the point.
  useEffect(() => field.current?.focus(), []);
  useCtrlShortcut('f', () => {
    field.current?.focus();
    field.current?.select();
  });

  const hits = useMemo(() => filterHits(search.data ?? [], filters), [search.data, filters]);
  const groups = useMemo(() => groupByClient(hits), [hits]);
  const active = query.trim().length > 0;

  return (
    <>
      <PageHeader title="Search">
        <p>Every progress note and addendum, across all clients. Private process notes are never searched.</p>
      </PageHeader>
      <search className="search-controls">
        <SearchField className="field search-field" value={typed} onChange={setTyped}>
          <Label className="field__label">
            Search notes <span className="search-field__hint">({shortcutLabel('F')} from anywhere)</span>
          </Label>
          <div className="field__control">
            <Input
              ref={field}
              className="field__input search-field__input"
              placeholder="A word, a name, a phrase…"
            />
          </div>
        </SearchField>
        <div className="search-filters" role="group" aria-label="Filters">
          <FilterDateField
            label="From"
            className="search-filters__date"
            value={filters.from}
            onChange={(from) => setFilters((f) => ({ ...f, from }))}
          />
          <FilterDateField
            label="To"
            className="search-filters__date"
            value={filters.to}
            onChange={(to) => setFilters((f) => ({ ...f, to }))}
          />
          <div className="field">
            <span className="field__label" id={formatLabel}>
              Note format
            </span>
            <ChoiceGroup
              look="segments"
              labelledBy={formatLabel}
              options={[
                { value: 'any', label: 'Any' },
                ...NOTE_FORMAT_KEYS.map((k) => ({ value: k, label: k })),
              ]}
              value={filters.format ?? 'any'}
              onChange={(value) => setFilters((f) => ({ ...f, format: value === 'any' ? null : value }))}
            />
          </div>
        </div>
      </search>
      <p className="search-status" role="status">
        {active && search.data
          ? resultLine(hits.length, groups.length, search.data.length >= SEARCH_LIMIT)
          : ''}
      </p>
      {search.isError && <Alert tone="error">{search.error.message}</Alert>}
      {!active && (
        <p className="search-empty">
          Words in any language and script are found, with or without accents. The last word can be the start
          of a word.
        </p>
      )}
      {active && groups.length > 0 && <SearchResults groups={groups} />}
    </>
  );
}
