import { formatDate } from '../../../shared/dates/format-date';
import type { SafetyPlanDocumentData } from '../../../shared/safety-plan/safety-plan-document';
import { SAFETY_PLAN_SECTIONS } from '../../../shared/safety-plan/safety-plan-sections';
import { ScriptLanguagesContext } from '../ui/script-languages';
import { UserText } from '../ui/UserText';
import { SafetyPlanLines } from './SafetyPlanLines';
import '../theme/fonts';
import './safety-plan-document.css';

/**
 * The client's own copy of their safety plan, on one page: the seven parts in the order they are
 * used, each numbered, empty ones left as lines to write on. It names nobody but the people the
 * client listed, so a page left behind says nothing of whose it is.
 */
export function SafetyPlanDocument({ data }: { data: SafetyPlanDocumentData }) {
  const hints = new Map<string, string>(SAFETY_PLAN_SECTIONS.map((s) => [s.key, s.hint]));
  return (
    <ScriptLanguagesContext value={data.scriptLanguages}>
      <article className={`safety-plan-page safety-plan-page--${data.paper}`} lang="en">
        <header className="safety-plan-page__head">
          <h1>My safety plan</h1>
          <p className="safety-plan-page__version">
            {data.version.agreedOn
              ? `Version ${data.version.number}, agreed ${formatDate(data.version.agreedOn)}`
              : `Version ${data.version.number}, a draft not yet agreed`}
          </p>
        </header>
        <ol className="safety-plan-page__sections">
          {data.sections.map((section, i) => (
            <li key={section.key} className="safety-plan-page__section">
              <h2>
                <span className="safety-plan-page__number" aria-hidden="true">
                  {i + 1}
                </span>
                {section.title}
              </h2>
              <p className="safety-plan-page__hint">{hints.get(section.key)}</p>
              {section.items.length > 0 ? (
                <SafetyPlanLines items={section.items} />
              ) : (
                <div className="safety-plan-page__blank" aria-hidden="true" />
              )}
            </li>
          ))}
        </ol>
        <footer className="safety-plan-page__foot">
          {data.practice.phone ? (
            <p>
              {data.practice.name ? <UserText inline text={data.practice.name} /> : 'My therapist'}
              {': '}
              <bdi className="safety-lines__phone" dir="ltr">
                {data.practice.phone}
              </bdi>
              . If I am in danger now, I call the emergency number.
            </p>
          ) : (
            <p>If I am in danger now, I call the emergency number.</p>
          )}
          <p className="safety-plan-page__printed">Printed {formatDate(data.printedOn)}</p>
        </footer>
      </article>
    </ScriptLanguagesContext>
  );
}
