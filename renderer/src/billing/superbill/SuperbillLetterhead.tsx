import type { Practice } from '../../../../shared/practice/practice-contract';

/** The practice at the top of a superbill: who is billing, and how the insurer reaches them. */
export function SuperbillLetterhead({ practice }: { practice: Practice }) {
  const name = practice.practiceName || practice.clinicianName;
  const clinician = [practice.practiceName ? practice.clinicianName : '', practice.credentials]
    .filter(Boolean)
    .join(', ');
  const contact = [practice.phone, practice.email, practice.website].filter(Boolean);
  return (
    <header className="superbill__letterhead">
      <div className="superbill__identity">
        {practice.logo && <img className="superbill__logo" src={practice.logo} alt="" />}
        <div>
          {name && (
            <p className="superbill__practice">
              <bdi>{name}</bdi>
            </p>
          )}
          {clinician && (
            <p className="superbill__clinician">
              <bdi>{clinician}</bdi>
            </p>
          )}
        </div>
      </div>
      <address className="superbill__contact">
        {practice.address && (
          <span className="superbill__address" dir="auto">
            {practice.address}
          </span>
        )}
        {contact.map((line) => (
          <span key={line}>{line}</span>
        ))}
      </address>
    </header>
  );
}
