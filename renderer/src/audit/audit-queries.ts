import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import { queryKeys } from '../bridge/query-keys';
import { call } from '../bridge/call';
import { chooseFolder } from '../files/choose-folder';

/** Entries per request: a few screens' worth; scrolling near the end asks for the next page. */
export const AUDIT_PAGE_SIZE = 200;

/** What the filters hold: prefixes and kinds as the contract takes them, days as YYYY-MM-DD ('' for open). */
export interface AuditFilterValues {
  actionPrefix: string | null;
  entity: string | null;
  from: string;
  to: string;
  /** The newest entry to show, when the trail is opened at one (an integrity finding names it). */
  fromEntry: number | null;
}

export const NO_FILTERS: AuditFilterValues = {
  actionPrefix: null,
  entity: null,
  from: '',
  to: '',
  fromEntry: null,
};

/** Whole local days: from the start of the first to the end of the last, in the clinician's time zone. */
function listInput(filters: AuditFilterValues): ChannelInput<'audit:list'> {
  return {
    ...(filters.actionPrefix ? { actionPrefix: filters.actionPrefix } : {}),
    ...(filters.entity ? { entity: filters.entity } : {}),
    ...(filters.from ? { from: new Date(`${filters.from}T00:00:00`).toISOString() } : {}),
    ...(filters.to ? { to: new Date(`${filters.to}T23:59:59.999`).toISOString() } : {}),
    ...(filters.fromEntry ? { beforeId: filters.fromEntry + 1 } : {}),
    limit: AUDIT_PAGE_SIZE,
  };
}

/** Newest first, a page at a time (each page continues below the last id of the one before). */
export function useAuditEntries(filters: AuditFilterValues, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: queryKeys.auditList(filters),
    queryFn: ({ pageParam }) =>
      call('audit:list', { ...listInput(filters), ...(pageParam ? { beforeId: pageParam } : {}) }),
    initialPageParam: 0,
    getNextPageParam: (last) => last.nextBeforeId ?? undefined,
    enabled,
  });
}

/** Recomputes every entry's seal and link: whether the trail is whole. */
export function useAuditChain() {
  return useQuery({ queryKey: queryKeys.auditChain, queryFn: () => call('audit:verify', {}) });
}

/** Asks where, then writes the whole trail there as CSV; null when the folder choice was cancelled. */
export function useExportAudit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      const outDir = await chooseFolder('audit-export');
      return outDir === null ? null : call('audit:export', { outDir });
    },
    // The export is itself recorded in the trail.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.audit }),
  });
}
