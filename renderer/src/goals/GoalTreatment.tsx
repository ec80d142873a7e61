import type { Goal, GoalPlan } from '../../../shared/goals/goal-contract';
import { formatShortDate } from '../../../shared/dates/format-date';
import { OBJECTIVE_PROGRESS_LABELS } from '../../../shared/goals/treatment-plan-contract';
import { signedLevel } from '../charts/chart-descriptions';
import { UserText } from '../ui/UserText';
import { latestObjectiveReview } from './objective-progress';
import './goal-treatment.css';

/** A goal's objectives with where each stood at the last review, and the interventions planned. */
export function GoalTreatment({ plan, goal }: { plan: GoalPlan; goal: Goal }) {
  const { modalities, detail } = goal.interventions;
  if (goal.objectives.length === 0 && modalities.length === 0 && !detail.trim()) return null;
  return (
    <div className="goal-treatment">
      {goal.objectives.length > 0 && (
        <div className="goal-treatment__part">
          <h4>Objectives</h4>
          <ol className="goal-treatment__objectives">
            {goal.objectives.map((objective) => {
              const review = latestObjectiveReview(plan, goal.goalKey, objective.objectiveKey);
              return (
                <li key={objective.objectiveKey}>
                  <UserText inline text={objective.text} />
                  <span className="goal-treatment__facts">
                    {objective.gasLevel !== null && (
                      <span className="goal-tag">Level {signedLevel(objective.gasLevel)}</span>
                    )}
                    {review ? (
                      <span
                        className={`objective-progress objective-progress--${review.progress.replace(' ', '-')}`}
                      >
                        {OBJECTIVE_PROGRESS_LABELS[review.progress]} · {formatShortDate(review.reviewedOn)}
                      </span>
                    ) : (
                      <span className="muted">Not reviewed yet</span>
                    )}
                  </span>
                  {review?.note && (
                    <span className="goal-treatment__note">
                      <UserText inline text={review.note} />
                    </span>
                  )}
                </li>
              );
            })}
          </ol>
        </div>
      )}
      {(modalities.length > 0 || detail.trim()) && (
        <div className="goal-treatment__part">
          <h4>Interventions</h4>
          {modalities.length > 0 && <p>{modalities.join(' · ')}</p>}
          {detail.trim() && <UserText text={detail} />}
        </div>
      )}
    </div>
  );
}
