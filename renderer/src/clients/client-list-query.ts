import { CLIENT_STATUSES, type ClientStatus } from '../../../shared/clients/client-status';

export type ClientSort = 'name' | 'updated' | 'status';

export const SORT_LABELS: Record<ClientSort, string> = {
  name: 'Name',
  updated: 'Recently updated',
  status: 'Status',
};

/** Everyone the clinician works with or might: archived records are kept but out of the way. */
export const DEFAULT_STATUSES: readonly ClientStatus[] = CLIENT_STATUSES.filter((s) => s !== 'archived');

export function isDefaultStatuses(statuses: readonly ClientStatus[]): boolean {
  return (
    statuses.length === DEFAULT_STATUSES.length &&
    DEFAULT_STATUSES.every((status) => statuses.includes(status))
  );
}
