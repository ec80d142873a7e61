import type { ChannelOutput } from '../../../../shared/contract';
import type { ContactsDocumentData } from '../../../../shared/contacts/contacts-document';
import type { ContactListRequest } from '../../../../shared/contacts/contacts-contract';
import { localDay } from '../../../../shared/dates/format-date';
import { signerName } from '../../../../shared/practice/signer-name';
import { clientContacts } from '../../db/client-contacts';
import type { Db } from '../../db/connection';

/**
 * The client contact list as the print page draws it: the practice that kept the records, then each
 * client on record with their phone, email, whether they are seen now and when they last were.
 * Nothing clinical. One function, so any document that carries the list gathers it the same way.
 */
export function gatherContactList(
  db: Db,
  practice: ChannelOutput<'practice:get'>,
  request: ContactListRequest,
  now: Date,
  locale: string,
): ContactsDocumentData {
  return {
    kind: 'contacts',
    locale,
    paper: request.paper,
    printedOn: localDay(now),
    practice: {
      name: practice.practiceName,
      clinician: signerName(practice),
      phone: practice.phone,
      email: practice.email,
    },
    who: request.who,
    contacts: clientContacts(db, request.who === 'active').map((client) => ({
      name:
        client.legalName && client.legalName !== client.chosenName
          ? `${client.chosenName} (${client.legalName})`
          : client.chosenName,
      phone: client.phone,
      email: client.email,
      active: client.status === 'active',
      lastSession: client.lastSession,
    })),
  };
}
