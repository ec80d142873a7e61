import type { ContactsDocumentData } from '../../../../shared/contacts/contacts-document';
import { formatDate } from '../../../../shared/dates/format-date';
import '../../theme/fonts';
import './contacts-document.css';

/** The client contact list: who kept the records, then one row per client, nothing clinical. */
export function ContactsDocument({ data }: { data: ContactsDocumentData }) {
  const { practice } = data;
  const reach = [practice.phone, practice.email].filter(Boolean).join(' · ');
  return (
    <article className="contacts-document" lang="en">
      <header className="contacts-document__head">
        <h1>Client contact list</h1>
        {practice.name && <p className="contacts-document__practice">{practice.name}</p>}
        {practice.clinician && <p>{practice.clinician}</p>}
        {reach && <p>{reach}</p>}
        <p>
          {data.who === 'active' ? 'Active clients' : 'Every client on record'}, printed{' '}
          {formatDate(data.printedOn)}. {data.contacts.length}{' '}
          {data.contacts.length === 1 ? 'client' : 'clients'}. Confidential.
        </p>
      </header>
      {data.contacts.length === 0 ? (
        <p>There are no clients to list.</p>
      ) : (
        <table className="contacts-document__table">
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
            {data.contacts.map((contact, index) => (
              <tr key={index}>
                <td>{contact.name}</td>
                <td>{contact.phone || '—'}</td>
                <td>{contact.email || '—'}</td>
                <td>{contact.active ? 'Active' : 'Inactive'}</td>
                <td>{contact.lastSession ? formatDate(contact.lastSession) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}
