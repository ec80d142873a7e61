import { isLetterheadEmpty } from '../../../shared/practice/letterhead-empty';
import type { Practice } from '../../../shared/practice/practice-contract';
import { UserText } from '../ui/UserText';
import './letterhead.css';

/**
 * The practice's letterhead at the top of a printed document; shows only what was filled in settings.
 * `whenEmpty` is what a practice with nothing filled in gets: a hint saying where to add it (a
 * preview), nothing at all (the summary's PDF), or the bare rule (a superbill, whose gaps list says
 * what is missing). `licence` prints the licence under the name, for a document with no other place
 * for it.
 */
export function Letterhead({
  practice,
  licence,
  whenEmpty,
}: {
  practice: Practice;
  licence: boolean;
  whenEmpty: 'hint' | 'nothing' | 'rule';
}) {
  const name = practice.practiceName || practice.clinicianName;
  const clinician = [practice.practiceName ? practice.clinicianName : '', practice.credentials]
    .filter(Boolean)
    .join(', ');
  const contact = [practice.phone, practice.email, practice.website].filter(Boolean);
  if (whenEmpty !== 'rule' && isLetterheadEmpty(practice)) {
    if (whenEmpty === 'nothing') return null;
    return (
      <header className="letterhead letterhead--empty">
        <p>Add the practice letterhead in Settings to print it here.</p>
      </header>
    );
  }
  return (
    <header className="letterhead">
      <div className="letterhead__identity">
        {practice.logo && <img className="letterhead__logo" src={practice.logo} alt="" />}
        <div>
          {name && (
            <p className="letterhead__name">
              <UserText inline text={name} />
            </p>
          )}
          {clinician && (
            <p className="letterhead__clinician">
              <UserText inline text={clinician} />
            </p>
          )}
          {licence && practice.licenceNumber && (
            <p className="letterhead__licence">Licence {practice.licenceNumber}</p>
          )}
        </div>
      </div>
      <address className="letterhead__contact">
        {practice.address && (
          <span className="letterhead__address">
            <UserText text={practice.address} />
          </span>
        )}
        {contact.map((line) => (
          <span key={line}>
            <UserText inline text={line} />
          </span>
        ))}
      </address>
    </header>
  );
}
