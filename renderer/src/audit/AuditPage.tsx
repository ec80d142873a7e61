import { useMemo, useState } from 'react';
import { PageHeader } from '../ui/PageHeader';
import { useNavigate } from '../navigation/routes';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { AuditExport } from './AuditExport';
import { AuditFilters, dateRangeError } from './AuditFilters';
import { NO_FILTERS, useAuditEntries, type AuditFilterValues } from './audit-queries';
import { AuditTable } from './AuditTable';
import { ChainBadge } from './ChainBadge';
import { useCustodianMode } from '../custodian/use-custodian-mode';
import './audit.css';

const COUNT = new Intl.NumberFormat();

function shownLine(count: number, more: boolean, fromEntry: number | null): string {
  if (count === 0) return '';
  const shown =
    fromEntry === null
      ? `${COUNT.format(count)} ${count === 1 ? 'entry' : 'entries'}, newest first`
      : `Entry ${COUNT.format(fromEntry)} first, then ${COUNT.format(count - 1)} before it`;
  return more ? `${shown}. Scroll down for older ones.` : `${shown}.`;
}

/**
 * Settings → Audit trail: every recorded access and change, filterable, with whether the chain of
 * seals is intact and an export. It shows ids and actions, never what a record says. `entryId`
 * opens it at that entry (the one an integrity finding names), with older ones below.
 */
export function AuditPage({ entryId }: { entryId?: number }) {
  const navigate = useNavigate();
  // The custodian reads the trail where it is; exporting it writes outside the vault and is the clinician's.
  const custodian = useCustodianMode();
  const [filters, setFilters] = useState<AuditFilterValues>({ ...NO_FILTERS, fromEntry: entryId ?? null });
  const valid = dateRangeError(filters) === undefined;
  const list = useAuditEntries(filters, valid);
  const entries = useMemo(() => list.data?.pages.flatMap((page) => page.entries) ?? [], [list.data]);

  return (
    <>
      {!custodian && (
        <div className="audit-back">
          <ActionButton variant="quiet" onPress={() => navigate({ page: 'settings' })}>
            Back to Settings
          </ActionButton>
        </div>
      )}
      <PageHeader title="Audit trail">
        <p>
          Every time the vault was opened or locked, and every record viewed, changed, signed or exported.
          Entries hold ids and actions, never what a record says.
        </p>
      </PageHeader>
      <section className="panel audit-summary" aria-label="Whether the audit trail is intact">
        <ChainBadge />
        {!custodian && <AuditExport />}
      </section>
      <AuditFilters value={filters} onChange={setFilters} />
      <p className="audit-shown" role="status">
        {list.isSuccess ? shownLine(entries.length, list.hasNextPage, filters.fromEntry) : ''}
      </p>
      {list.isError && <Alert tone="error">{list.error.message}</Alert>}
      {valid && (
        <AuditTable
          entries={entries}
          hasMore={list.hasNextPage}
          loadingMore={list.isFetchingNextPage}
          onLoadMore={() => {
            if (list.hasNextPage && !list.isFetchingNextPage) void list.fetchNextPage();
          }}
          emptyState={
            <p className="data-table__empty">
              {list.isPending ? 'Loading the audit trail…' : 'No entries match these filters.'}
            </p>
          }
        />
      )}
    </>
  );
}
