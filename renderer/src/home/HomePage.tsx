import { useState } from 'react';
import { useClients } from '../clients/clients-queries';
import { PageHeader } from '../frame/PageHeader';
import { useNavigate } from '../frame/routes';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { greetingFor, longDate } from './greeting';
import './home.css';

function ClientsSummary() {
  const clients = useClients();
  const navigate = useNavigate();
  if (clients.isPending) return <p className="muted">Loading…</p>;
  if (clients.isError) return <Alert tone="error">{clients.error.message}</Alert>;
  const count = clients.data.length;
  return (
    <div className="home-summary">
      <div className="panel__header">
        <h2>{count === 0 ? 'No clients yet' : `${count} ${count === 1 ? 'client' : 'clients'}`}</h2>
        <p>{count === 0 ? 'Clients you add will appear in Clients.' : 'Active clients in your practice.'}</p>
      </div>
      <ActionButton icon="clients" onPress={() => navigate({ page: 'clients' })}>
        Go to Clients
      </ActionButton>
    </div>
  );
}

export function HomePage() {
  // Read once per visit: a greeting that changes under the clinician's eyes would be a distraction.
  const [today] = useState(() => new Date());
  return (
    <>
      <PageHeader title={greetingFor(today)}>
        <p>{longDate(today)}</p>
      </PageHeader>
      <section className="panel" aria-label="Clients">
        <ClientsSummary />
      </section>
    </>
  );
}
