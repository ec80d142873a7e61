import { formatDate, localDay } from '../../../../shared/dates/format-date';
import { JUDGEMENT_LABELS } from '../../../../shared/risk/risk-contract';
import type {
  IntakeRiskBlock,
  ReviewRiskBlock,
  RiskBlock,
} from '../../../../shared/summary/summary-document';
import { UserText } from '../../ui/UserText';
import { FactList } from './FactList';
import { PassageList } from './PassageList';
import './risk-section.css';

function sessionsText(count: number): string {
  return `${count} ${count === 1 ? 'session' : 'sessions'}`;
}

function reviewsText(count: number): string {
  return `${count} earlier ${count === 1 ? 'review' : 'reviews'}`;
}

/** The latest sealed risk review: the judgement and its date first, then what it rests on. */
function ReviewRisk({ risk }: { risk: ReviewRiskBlock }) {
  return (
    <>
      <p className="summary__risk-judgement">
        <strong>
          Latest risk review, {formatDate(risk.reviewedOn)}: {JUDGEMENT_LABELS[risk.judgement]}
        </strong>
      </p>
      <p className="summary__risk-source">
        {risk.source}
        {risk.recordedBy && (
          <>
            , by <UserText inline text={risk.recordedBy} />
          </>
        )}
        .{risk.earlier > 0 && ` It supersedes ${reviewsText(risk.earlier)}, kept in the record.`}
        {risk.trend.length > 1 &&
          ` Judgements, oldest first: ${risk.trend.map((j) => JUDGEMENT_LABELS[j]).join(' → ')}.`}
      </p>
      <FactList facts={risk.facts} />
      <PassageList passages={risk.passages} />
    </>
  );
}

/**
 * Risk as the record holds it, when no review has been recorded yet: what later signed notes say
 * comes first, because it is the newest, then the intake's answers with the day they were given,
 * so "None reported" is never read as now.
 */
function IntakeRisk({ risk }: { risk: IntakeRiskBlock }) {
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

export function RiskSection({ risk }: { risk: RiskBlock }) {
  return risk.kind === 'review' ? <ReviewRisk risk={risk} /> : <IntakeRisk risk={risk} />;
}
