import type { GoalPlan, PlanVersion } from '../../../shared/goals/goal-contract';
import { formatDate, localDay } from '../../../shared/dates/format-date';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { AgreementRecord } from './AgreementRecord';
import { currentTScores, latestAgreedVersion } from './goal-progress';
import { PlanSessions } from './PlanSessions';
import './plan-summary.css';
import './goals.css';

interface PlanSummaryProps {
  plan: GoalPlan;
  version: PlanVersion;
  onEdit: () => void;
  onAgree: () => void;
}

function TScore({ who, point }: { who: string; point: { t: number; date: string } | null }) {
  return (
    <div className="plan-summary__score">
      <dt>{who}</dt>
      <dd>
        <span className="plan-summary__t">{point ? point.t.toFixed(1) : '—'}</span>
        <span className="plan-summary__t-date">{point ? formatDate(point.date) : 'Not rated yet'}</span>
      </dd>
    </div>
  );
}

/**
 * The top of the goals page: which version is current, whether the client agreed to it and how,
 * when it is due for review, and the plan's T-score by each rater.
 */
export function PlanSummary({ plan, version, onEdit, onAgree }: PlanSummaryProps) {
  const agreed = latestAgreedVersion(plan);
  const scores = currentTScores(plan);
  const today = localDay(new Date());
  const reviewDue = version.reviewDate !== '' && version.reviewDate <= today;
  const reviewText =
    version.reviewDate === today
      ? 'Review due today'
      : `${reviewDue ? 'Review overdue since' : 'Review by'} ${formatDate(version.reviewDate)}`;
  return (
    <section className="plan-summary" aria-labelledby="goal-plan-title">
      <div className="plan-summary__head">
        <div className="plan-summary__title">
          <h2 id="goal-plan-title" tabIndex={-1}>
            Goal plan
          </h2>
          <span className="plan-summary__version">Version {version.number}</span>
          <span className={version.agreement ? 'goal-tag goal-tag--agreed' : 'goal-tag goal-tag--draft'}>
            {version.agreement ? 'Agreed' : 'Not yet agreed'}
          </span>
        </div>
        <div className="button-row">
          {version.agreement ? (
            <ActionButton onPress={onEdit}>Revise plan</ActionButton>
          ) : (
            <>
              <ActionButton onPress={onEdit}>Edit goals</ActionButton>
              <ActionButton variant="primary" icon="check" onPress={onAgree}>
                Record agreement
              </ActionButton>
            </>
          )}
        </div>
      </div>
      <div className="plan-summary__body">
        <div className="plan-summary__agreement">
          {version.agreement ? (
            <AgreementRecord agreement={version.agreement} versionNumber={version.number} />
          ) : (
            <p className="muted">
              {agreed
                ? `These changes are waiting for the client’s agreement. Version ${agreed.number} was agreed on ${formatDate(agreed.agreement!.agreedOn)}.`
                : 'Read the goals through with the client, then record how they agreed.'}
            </p>
          )}
          {version.reviewDate && (
            <p
              className={
                reviewDue ? 'plan-summary__review plan-summary__review--due' : 'plan-summary__review'
              }
            >
              {reviewText}
            </p>
          )}
          <PlanSessions version={version} />
        </div>
        <div className="plan-summary__scores">
          <p className="plan-summary__scores-title">GAS T-score</p>
          <dl>
            <TScore who="Client" point={scores.client} />
            <TScore who="Clinician" point={scores.clinician} />
          </dl>
          <p className="plan-summary__hint">50 means every goal landed as expected.</p>
        </div>
      </div>
      {reviewDue && version.agreement && (
        <Alert tone="warning">
          <p>
            This plan is due for review. Go through it with the client; “Revise plan” starts the next version,
            even if nothing changes.
          </p>
        </Alert>
      )}
    </section>
  );
}
