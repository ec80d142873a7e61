import type { PlanVersion } from '../../../shared/goals/goal-contract';
import { formatDate } from '../../../shared/dates/format-date';
import { signedLevel } from '../charts/chart-descriptions';
import { AgreementRecord } from './AgreementRecord';
import { PlanSessions } from './PlanSessions';
import {
  droppedGoals,
  goalChanges,
  previousVersion,
  sessionsChanged,
  type GoalChange,
} from './version-changes';
import './version-history.css';
import './goals.css';
import { UserText } from '../ui/UserText';

const CHANGE_LABELS: Record<GoalChange, string | null> = { new: 'New', revised: 'Revised', same: null };

function VersionColumn({
  version,
  versions,
  isLatest,
}: {
  version: PlanVersion;
  versions: readonly PlanVersion[];
  isLatest: boolean;
}) {
  const previous = previousVersion(versions, version);
  const changes = goalChanges(version, previous);
  const dropped = droppedGoals(version, previous);
  const titleId = `plan-version-${version.id}`;
  return (
    <article className="plan-version" aria-labelledby={titleId}>
      <header className="plan-version__head">
        <h3 id={titleId}>Version {version.number}</h3>
        {isLatest && <span className="goal-tag">Current</span>}
        <span className="plan-version__written">Written {formatDate(version.createdAt)}</span>
      </header>
      <div className="plan-version__agreement">
        {version.agreement ? (
          <AgreementRecord agreement={version.agreement} versionNumber={version.number} />
        ) : (
          <p className="muted">Not yet agreed.</p>
        )}
      </div>
      <div className="plan-version__sessions">
        {sessionsChanged(version, previous) && <span className="goal-tag">Sessions or people changed</span>}
        <PlanSessions version={version} />
      </div>
      <ol className="plan-version__goals">
        {version.goals.map((goal) => {
          const change = version.number > 1 ? CHANGE_LABELS[changes.get(goal.goalKey) ?? 'same'] : null;
          return (
            <li key={goal.goalKey}>
              <p className="plan-version__goal-words">
                <UserText text={goal.clientWords} />
              </p>
              <p className="plan-version__goal-facts">
                {change && <span className="goal-tag">{change}</span>}
                Expected: <UserText inline text={goal.levels['0']} /> · weight {goal.weight} · baseline{' '}
                {signedLevel(goal.baseline)}
              </p>
              {goal.objectives.length > 0 && (
                <ul className="plan-version__objectives" aria-label="Objectives">
                  {goal.objectives.map((o) => (
                    <li key={o.objectiveKey}>
                      <UserText inline text={o.text} />
                      {o.gasLevel !== null && ` (level ${signedLevel(o.gasLevel)})`}
                    </li>
                  ))}
                </ul>
              )}
              {goal.interventions.modalities.length > 0 && (
                <p className="plan-version__goal-facts">
                  Interventions: {goal.interventions.modalities.join(', ')}
                </p>
              )}
            </li>
          );
        })}
      </ol>
      {dropped.length > 0 && (
        <div className="plan-version__dropped">
          <p className="plan-version__dropped-title">Left out of this version</p>
          <ul>
            {dropped.map((goal) => (
              <li key={goal.goalKey}>
                <UserText inline text={goal.clientWords} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </article>
  );
}

/** Every version of the plan, newest first and side by side, each with the agreement it was given. */
export function VersionHistory({ versions }: { versions: readonly PlanVersion[] }) {
  const ordered = [...versions].sort((a, b) => b.number - a.number);
  return (
    <section className="goals-section" aria-labelledby="version-history-title">
      <div className="goals-section__head">
        <h2 id="version-history-title">Version history</h2>
        <p>Agreed versions are kept exactly as they were agreed.</p>
      </div>
      <div className="version-history">
        {ordered.map((version, i) => (
          <VersionColumn key={version.id} version={version} versions={versions} isLatest={i === 0} />
        ))}
      </div>
    </section>
  );
}
