import type { IntegrityReport } from '../../../shared/integrity/integrity-contract';
import { Icon } from '../ui/Icon';
import { checkTitle } from './integrity-words';

/** Each part of the last check, passed or not, with what it counted or found in a line of its own. */
export function CheckList({ report }: { report: IntegrityReport }) {
  return (
    <section className="panel" aria-labelledby="integrity-checks">
      <div className="panel__header">
        <h2 id="integrity-checks" className="integrity-panel-title">
          What was checked
        </h2>
      </div>
      <ul className="integrity-checks">
        {report.checks.map((check) => (
          <li
            key={check.name}
            className={check.ok ? 'integrity-check' : 'integrity-check integrity-check--found'}
          >
            <Icon name={check.ok ? 'check' : 'alert'} size={18} />
            <div className="integrity-check__text">
              <p className="integrity-check__title">
                {checkTitle(check.name)}: <span>{check.ok ? 'passed' : 'found a problem'}</span>
              </p>
              <p className="integrity-check__detail">{check.detail}</p>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
