import { formatDate, localDay } from '../../../../shared/dates/format-date';
import type { RiskBlock } from '../../../../shared/summary/summary-document';
import { UserText } from '../../ui/UserText';
import { FactList } from './FactList';
import { PassageList } from './PassageList';
import './risk-section.css';

function sessionsText(count: number): string {
  return `${count} ${count === 1 ? 'session' : 'sessions'}`;
}

/**
 * Risk as the record holds it: what later signed notes say comes first, because it is the newest,
 * then the intake's answers with the day they were given, so "None reported" is never read as now.
 */
export function RiskSection({ risk }: { risk: RiskBlock }) {
  const { mentions } = risk;
  return (
    <>
      {mentions && (
        <div className="summary__risk-mentions">
          <p>
            <strong>
              {mentions.afterIntake ? 'Notes after the intake mention risk' : 'Progress notes mention risk'}:
            </strong>{' '}
            {sessionsText(mentions.sessions)}, latest {formatDate(mentions.latest.date)} — see the record.
          </p>
          <p className="summary__risk-latest">
            Latest, from the signed note of {formatDate(mentions.latest.date)}
            {mentions.latest.signedAt &&
              ` (signed ${formatDate(localDay(new Date(mentions.latest.signedAt)))})`}
            : <UserText inline text={`“${mentions.latest.sentence}”`} />
          </p>
        </div>
      )}
      <h3>
        {risk.answeredOn
          ? `At intake, answers last updated ${formatDate(risk.answeredOn)}`
          : 'At intake (no answers recorded)'}
      </h3>
      <FactList facts={risk.facts} />
      {risk.notes.trim() && <PassageList passages={[{ label: 'Notes', text: risk.notes }]} />}
    </>
  );
}
