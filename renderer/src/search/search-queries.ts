import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { queryKeys } from '../bridge/query-keys';
import { call } from '../bridge/call';

/** The most results one search brings back; the filters then narrow them down. */
export const SEARCH_LIMIT = 200;

/** Notes matching what was typed; the previous results stay on screen while the next ones load. */
export function useNoteSearch(query: string) {
  const trimmed = query.trim();
  return useQuery({
    queryKey: queryKeys.noteSearch(trimmed),
    queryFn: () => call('notes:search', { query: trimmed, limit: SEARCH_LIMIT }),
    enabled: trimmed.length > 0,
    placeholderData: keepPreviousData,
  });
}
