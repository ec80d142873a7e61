import { STATUS_LABELS } from '../../../shared/clients/client-status';
import { PageHeader } from '../frame/PageHeader';
import { Alert } from '../ui/Alert';
import { useClients } from './clients-queries';
import './clients.css';

function ClientList() {
  const clients = useClients();
  if (clients.isPending) return <p className="muted">Loading clients…</p>;
  if (clients.isError) return <Alert tone="error">{clients.error.message}</Alert>;
  if (clients.data.length === 0) {
    return (
      <div className="empty-state">
        <p>No clients yet. Clients you add will appear here.</p>
      </div>
    );
  }
  return (
    <ul className="client-list" aria-label="Clients">
      {clients.data.map((client) => (
        <li key={client.id} className="client-list__item">
          <span className="client-list__name">{client.chosenName}</span>
          <span className="status-chip">{STATUS_LABELS[client.status]}</span>
        </li>
      ))}
    </ul>
  );
}

export function ClientsPage() {
  return (
    <>
      <PageHeader title="Clients" />
      <ClientList />
    </>
  );
}
