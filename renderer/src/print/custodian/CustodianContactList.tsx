import { STATUS_LABELS, type ClientStatus } from '../../../../shared/clients/client-status';
import type { ClientContact } from '../../../../shared/custodian/custodian-package';
import { formatDate } from '../../../../shared/dates/format-date';

const FORMER: readonly ClientStatus[] = ['discharged', 'archived'];

/** Every client to get in touch with: names, phone, email, whether current, the last session. Nothing clinical. */
export function CustodianContactList({ contacts }: { contacts: readonly ClientContact[] }) {
  const current = contacts.filter((contact) => !FORMER.includes(contact.status)).length;
  return (
    <section className="custodian-package__contacts">
      <h2>Client contact list</h2>
      <p>
        {contacts.length} {contacts.length === 1 ? 'client' : 'clients'}: {current} current,{' '}
        {contacts.length - current} former. Confidential: keep it as safe as the records.
      </p>
      {contacts.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Phone</th>
              <th scope="col">Email</th>
              <th scope="col">Status</th>
              <th scope="col">Last session</th>
            </tr>
          </thead>
          <tbody>
            {contacts.map((contact) => (
              <tr key={contact.id}>
                <td>
                  {contact.chosenName}
                  {contact.legalName && (
                    <span className="custodian-package__legal"> ({contact.legalName})</span>
                  )}
                </td>
                <td>{contact.phone}</td>
                <td>{contact.email}</td>
                <td>
                  {FORMER.includes(contact.status) ? 'Former' : 'Current'}: {STATUS_LABELS[contact.status]}
                </td>
                <td>{contact.lastSession ? formatDate(contact.lastSession) : 'None'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
