import { formatDate } from '../../../../shared/dates/format-date';
import type { GasLevel } from '../../../../shared/goals/gas';
import type { TreatmentPlanBlock } from '../../../../shared/summary/select-treatment-plan';
import type { SummaryDocumentData } from '../../../../shared/summary/summary-document';
import { goalLabel } from '../../../../shared/summary/select-goals';
import { signedLevel } from '../../charts/chart-descriptions';
import { UserText } from '../../ui/UserText';
import './treatment-plan-section.css';

/**
 * The plan of treatment as a reader checking medical necessity wants it: sessions and who takes
 * part, then per goal its measurable objectives (with the last review's progress) and interventions.
 * When the summary prints diagnoses, the plan names them at its head: the plan and what it treats,
 * side by side, are what shows medical necessity.
 */
export function TreatmentPlanSection({
  plan,
  diagnoses,
}: {
  plan: TreatmentPlanBlock;
  diagnoses: NonNullable<SummaryDocumentData['diagnoses']>['entries'] | null;
}) {
  return (
    <div className="treatment-plan">
      <h3>Treatment plan (version {plan.versionNumber})</h3>
      <dl className="treatment-plan__facts">
        {diagnoses && diagnoses.length > 0 && (
          <div>
            <dt>Treating</dt>
            <dd>
              {diagnoses.map((d, i) => (
                <span key={d.code}>
                  {i > 0 && '; '}
                  {d.code} <UserText inline text={d.title} /> ({d.rank})
                </span>
              ))}
            </dd>
          </div>
        )}
        <div>
          <dt>Sessions</dt>
          <dd>{plan.sessions ?? 'Not set'}</dd>
        </div>
        <div>
          <dt>Involved</dt>
          <dd>
            The client
            {plan.involved.map((person, i) => (
              <span key={i}>
                {'; '}
                <UserText inline text={person.name} /> (<UserText inline text={person.role} />)
              </span>
            ))}
          </dd>
        </div>
      </dl>
      <table className="summary__table treatment-plan__table">
        <thead>
          <tr>
            <th scope="col">Goal</th>
            <th scope="col">Measurable objectives</th>
            <th scope="col">Interventions</th>
          </tr>
        </thead>
        <tbody>
          {plan.goals.map((goal) => (
            <tr key={goal.number}>
              <th scope="row">
                <UserText text={goalLabel(goal.number, goal.clientWords)} />
              </th>
              <td>
                {goal.objectives.length === 0 ? (
                  <span className="treatment-plan__none">None set</span>
                ) : (
                  <ol>
                    {goal.objectives.map((objective, i) => (
                      <li key={i}>
                        <UserText inline text={objective.text} />
                        {objective.gasLevel !== null && (
                          <span className="treatment-plan__meta">
                            {' '}
                            (GAS level {signedLevel(objective.gasLevel as GasLevel)})
                          </span>
                        )}
                        <span className="treatment-plan__progress">
                          {objective.progress
                            ? `${objective.progress.label}, ${formatDate(objective.progress.date)}`
                            : 'Not reviewed yet'}
                          {objective.progress?.note && (
                            <>
                              {': '}
                              <UserText inline text={objective.progress.note} />
                            </>
                          )}
                        </span>
                      </li>
                    ))}
                  </ol>
                )}
              </td>
              <td>
                {goal.modalities.length > 0 && <p>{goal.modalities.join(', ')}</p>}
                {goal.interventions && <UserText text={goal.interventions} />}
                {goal.modalities.length === 0 && !goal.interventions && (
                  <span className="treatment-plan__none">None set</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
