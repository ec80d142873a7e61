import { useState } from 'react';
import { CLIENT_STATUSES, type ClientStatus } from '../../../shared/clients/client-status';
import { PageHeader } from '../ui/PageHeader';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { DEFAULT_STATUSES, isDefaultStatuses, type ClientSort } from './client-list-query';
import { ClientListControls } from './ClientListControls';
import { ClientTable } from './ClientTable';
import { useClients } from './clients-queries';
import { AddClientDialog } from './AddClientDialog';
import './clients.css';
import { UserText } from '../ui/UserText';

/** Nothing under the usual filters: either no clients at all, or only archived ones. */
function NoCurrentClients() {
  const everyone = useClients({ statuses: [...CLIENT_STATUSES] });
  if (everyone.data && everyone.data.length > 0) {
    return (
      <p className="data-table__empty">No current clients. Archived clients are under the Archived filter.</p>
    );
  }
  return (
    <p className="data-table__empty">
      No clients yet. Add your first with “Add client”: someone who got in touch, or a client who starts now.
    </p>
  );
}

function EmptyList({ search, unfiltered }: { search: string; unfiltered: boolean }) {
  if (search.trim()) {
    return (
      <p className="data-table__empty">
        No clients match “<UserText inline text={search.trim()} />
        ”.
      </p>
    );
  }
  if (!unfiltered) return <p className="data-table__empty">No clients with these statuses.</p>;
  return <NoCurrentClients />;
}

function ClientList() {
  const [search, setSearch] = useState('');
  const [statuses, setStatuses] = useState<ClientStatus[]>([...DEFAULT_STATUSES]);
  const [sort, setSort] = useState<ClientSort>('name');
  const clients = useClients({ search, statuses, sort });
  const unfiltered = isDefaultStatuses(statuses);

  return (
    <>
      <ClientListControls
        search={search}
        onSearchChange={setSearch}
        statuses={statuses}
        onStatusesChange={setStatuses}
        sort={sort}
        onSortChange={setSort}
      />
      {clients.isPending && <p className="muted">Loading clients…</p>}
      {clients.isError && <Alert tone="error">{clients.error.message}</Alert>}
      {clients.data && (
        <div className="client-list">
          <p className="clients-count" aria-live="polite">
            {clients.data.length === 1 ? '1 client' : `${clients.data.length} clients`}
          </p>
          <ClientTable
            // A new search, filter or order starts at the top of the list rather than where the last one was.
            key={JSON.stringify([search, statuses, sort])}
            clients={clients.data}
            emptyState={<EmptyList search={search} unfiltered={unfiltered} />}
          />
        </div>
      )}
    </>
  );
}

export function ClientsPage() {
  const [adding, setAdding] = useState(false);
  return (
    <>
      <div className="clients-head">
        <PageHeader title="Clients" />
        <ActionButton variant="primary" onPress={() => setAdding(true)}>
          Add client
        </ActionButton>
      </div>
      <ClientList />
      <AddClientDialog isOpen={adding} onOpenChange={setAdding} />
    </>
  );
}
