import { INTAKE_STEPS } from '../../../shared/clients/intake-schema';
import type { IntakePacketData } from '../../../shared/consent/consent-document';
import { formatDate } from '../../../shared/dates/format-date';
import { STEP_FIELDS, type IntakeField } from '../intake/intake-fields';
import { UserText } from '../ui/UserText';
import '../theme/fonts';
import './consent-print.css';

/** How much room a paper answer gets: a line, a box to tick, or several lines. */
function Answer({ field }: { field: IntakeField }) {
  if (field.kind === 'check') return <span className="packet__box" aria-hidden="true" />;
  if (field.kind === 'yesNo') return <span className="packet__choices">Yes ☐ No ☐</span>;
  if (field.kind === 'risk') return <span className="packet__choices">Never ☐ In the past ☐ Now ☐</span>;
  return <span className={field.kind === 'long' ? 'packet__lines' : 'packet__line'} aria-hidden="true" />;
}

/**
 * The blank intake packet: the intake form's questions, step by step with the form's own labels,
 * then each consent document with its client fields left blank and a line to sign on.
 */
export function IntakePacketPage({ data }: { data: IntakePacketData }) {
  return (
    <article className="consent-page packet" lang="en">
      <header className="consent-page__head">
        <p className="consent-page__practice">
          <UserText inline text={data.practice.name} />
          {data.practice.phone && (
            <>
              {' · '}
              <bdi dir="ltr">{data.practice.phone}</bdi>
            </>
          )}
        </p>
        <h1>Intake questions</h1>
        <p className="packet__intro">
          Answer as much or as little as you like; we can go through anything together.
        </p>
      </header>
      {INTAKE_STEPS.map((step) => (
        <section key={step.key} className="packet__step">
          <h2>{step.title}</h2>
          <ol className="packet__questions">
            {STEP_FIELDS[step.key].map((field) => (
              <li key={field.path} className={`packet__question packet__question--${field.kind}`}>
                <span className="packet__label">{field.label}</span>
                <Answer field={field} />
              </li>
            ))}
          </ol>
        </section>
      ))}
      {data.documents.map((document) => (
        <section key={document.title} className="packet__document">
          <h1>
            <UserText inline text={document.title} />
          </h1>
          <div className="consent-page__text">
            <UserText text={document.text} />
          </div>
          <div className="packet__sign">
            <p>
              Name <span className="packet__line" aria-hidden="true" />
            </p>
            <p>
              Signature <span className="packet__line" aria-hidden="true" />
            </p>
            <p>
              Date <span className="packet__line" aria-hidden="true" />
            </p>
          </div>
        </section>
      ))}
      <footer className="consent-page__foot">Printed {formatDate(data.printedOn)}</footer>
    </article>
  );
}
