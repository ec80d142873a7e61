import { formatDate } from '../../../shared/dates/format-date';
import { signedLevel } from '../charts/chart-descriptions';
import { useClientPage } from '../clients/client-page-context';
import { OverviewCard } from '../ui/OverviewCard';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { currentStatus, currentTScores, isClosed, latestRating, latestVersion } from './goal-progress';
import { useGoalPlan } from './goals-queries';
import './goals-overview-card.css';
import './goals.css';
import { UserText } from '../ui/UserText';

function Level({ who, level }: { who: string; level: number | undefined }) {
  return (
    <span className="goals-overview__level">
      {who} <strong>{level === undefined ? '—' : signedLevel(level as -2 | -1 | 0 | 1 | 2)}</strong>
    </span>
  );
}

/** The client's current goals on their overview: each with its latest GAS level, and the plan's T-score. */
export function GoalsOverviewCard({ clientId }: { clientId: string }) {
  const plan = useGoalPlan(clientId);
  const page = useClientPage();
  const open = () => page.selectTab('goals');
  if (plan.isError) return <Alert tone="error">{plan.error.message}</Alert>;
  if (!plan.data) return null;
  const version = latestVersion(plan.data);
  if (!version) {
    return (
      <OverviewCard title="Goals">
        <p className="muted">No goals yet.</p>
        <div className="button-row">
          <ActionButton onPress={open}>Write goals together</ActionButton>
        </div>
      </OverviewCard>
    );
  }
  const scores = currentTScores(plan.data);
  const t = (p: { t: number } | null) => (p ? p.t.toFixed(1) : '—');
  return (
    <OverviewCard
      title="Goals"
      action={
        <ActionButton variant="quiet" onPress={open}>
          Open goals
        </ActionButton>
      }
    >
      <p className="muted">
        Version {version.number},{' '}
        {version.agreement ? `agreed ${formatDate(version.agreement.agreedOn)}` : 'not yet agreed'}
        {version.reviewDate ? `; review by ${formatDate(version.reviewDate)}` : ''}.
      </p>
      <ul className="goals-overview">
        {version.goals.map((goal) => {
          const status = currentStatus(plan.data, goal.goalKey);
          return (
            <li key={goal.goalKey} className={isClosed(status) ? 'goals-overview__goal--closed' : undefined}>
              <span className="goals-overview__words">
                <UserText inline text={goal.clientWords} />
              </span>
              <span className="goals-overview__levels">
                {isClosed(status) ? (
                  <span className="goal-tag">
                    {status!.status === 'achieved' ? 'Achieved' : 'Discontinued'}
                  </span>
                ) : (
                  <>
                    <Level who="Client" level={latestRating(plan.data, goal.goalKey, 'client')?.level} />
                    <Level
                      who="Clinician"
                      level={latestRating(plan.data, goal.goalKey, 'clinician')?.level}
                    />
                  </>
                )}
              </span>
            </li>
          );
        })}
      </ul>
      <p className="goals-overview__t">
        GAS T-score: client <strong>{t(scores.client)}</strong>, clinician{' '}
        <strong>{t(scores.clinician)}</strong>
        <span className="muted"> (50 = as expected)</span>
      </p>
    </OverviewCard>
  );
}
