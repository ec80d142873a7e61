import type { PaperSize } from '../pdf/pdf-output';

/** One client on the contact list: how to reach them, nothing clinical. */
export interface ContactRow {
  name: string;
  phone: string;
  email: string;
  active: boolean;
  /** The day of the last signed session or attended appointment; '' when there was none. */
  lastSession: string;
}

/** The client contact list, printed on the summary's page and engine. */
export interface ContactsDocumentData {
  kind: 'contacts';
  /** The locale its dates are written in: the system's, as on the screens. */
  locale: string;
  paper: PaperSize;
  printedOn: string;
  practice: { name: string; clinician: string; phone: string; email: string };
  who: 'all' | 'active';
  contacts: ContactRow[];
}
