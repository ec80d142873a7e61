import type { AmendmentLetterDocumentData } from '../../../shared/amendments/amendment-letter';
import { formatDate } from '../../../shared/dates/format-date';
import '../theme/fonts';
import './amendment-letter-document.css';

/** The letter to the client about their amendment request: the letterhead, the date and the text as the clinician left it. */
export function AmendmentLetterDocument({ data }: { data: AmendmentLetterDocumentData }) {
  const { letterhead } = data;
  const contact = [letterhead.phone, letterhead.email].filter(Boolean).join(' · ');
  return (
    <article className="amendment-letter" lang="en">
      <header className="amendment-letter__head">
        {letterhead.name && <p className="amendment-letter__practice">{letterhead.name}</p>}
        {letterhead.clinician && <p>{letterhead.clinician}</p>}
        {letterhead.address && <p className="amendment-letter__address">{letterhead.address}</p>}
        {contact && <p>{contact}</p>}
      </header>
      <p className="amendment-letter__date">{formatDate(data.printedOn)}</p>
      <div className="amendment-letter__body">{data.body}</div>
    </article>
  );
}
