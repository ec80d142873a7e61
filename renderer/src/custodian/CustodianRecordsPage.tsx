import { useState } from 'react';
import { formatDate } from '../../../shared/dates/format-date';
import { StatusChip } from '../clients/StatusChip';
import { useClients } from '../clients/clients-queries';
import { PrintContactsDialog } from '../contacts/PrintContactsDialog';
import { PrintRecordDialog, type RecordSubject } from '../record/PrintRecordDialog';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { PageHeader } from '../ui/PageHeader';

/**
 * What the records custodian came for: every client on record, each record printable for a
 * records request or a transfer, and the contact list to reach them all.
 */
export function CustodianRecordsPage() {
  const clients = useClients({ sort: 'name' });
  const [printing, setPrinting] = useState<RecordSubject | null>(null);
  const [listing, setListing] = useState(false);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  return (
    <>
      <PageHeader title="Records">
        <p>Print a client’s record for a records request or a transfer, or the contact list to reach them.</p>
      </PageHeader>
      <div className="button-row custodian-actions">
        <ActionButton variant="primary" onPress={() => setListing(true)}>
          Print contact list…
        </ActionButton>
      </div>
      <div role="status">
        {announcement && (
          <Alert tone="success">
            <p>{announcement}</p>
          </Alert>
        )}
      </div>
      {clients.isError && <Alert tone="error">{clients.error.message}</Alert>}
      {clients.data && clients.data.length === 0 && <p className="muted">There are no clients on record.</p>}
      {clients.data && clients.data.length > 0 && (
        <ul className="custodian-clients" aria-label="Clients">
          {clients.data.map((client) => (
            <li key={client.id} className="custodian-clients__row">
              <span className="custodian-clients__name">{client.chosenName}</span>
              <StatusChip status={client.status} />
              <span className="custodian-clients__last muted">
                {client.lastSession ? `Last session ${formatDate(client.lastSession)}` : 'No session yet'}
              </span>
              <ActionButton
                variant="secondary"
                aria-label={`Print record of ${client.chosenName}…`}
                onPress={() => setPrinting({ clientId: client.id })}
              >
                Print record…
              </ActionButton>
            </li>
          ))}
        </ul>
      )}
      <PrintRecordDialog subject={printing} onClose={() => setPrinting(null)} onSaved={setAnnouncement} />
      <PrintContactsDialog isOpen={listing} onClose={() => setListing(false)} onSaved={setAnnouncement} />
    </>
  );
}
