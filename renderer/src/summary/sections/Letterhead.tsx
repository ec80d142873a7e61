import type { Practice } from '../../../../shared/practice/practice-contract';

/**
 * The practice's letterhead at the top of the first page; shows only what was filled in settings.
 * With nothing filled in, the preview says where to add it and the PDF simply has none.
 */
export function Letterhead({ practice, preview }: { practice: Practice; preview: boolean }) {
  const name = practice.practiceName || practice.clinicianName;
  const clinician = [practice.practiceName ? practice.clinicianName : '', practice.credentials]
    .filter(Boolean)
    .join(', ');
  const contact = [practice.phone, practice.email, practice.website].filter(Boolean);
  if (!name && !practice.logo && contact.length === 0 && !practice.address) {
    if (!preview) return null;
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
              <bdi>{name}</bdi>
            </p>
          )}
          {clinician && (
            <p className="letterhead__clinician">
              <bdi>{clinician}</bdi>
            </p>
          )}
          {practice.licenceNumber && <p className="letterhead__licence">Licence {practice.licenceNumber}</p>}
        </div>
      </div>
      <address className="letterhead__contact">
        {practice.address && (
          <span className="letterhead__address" dir="auto">
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
