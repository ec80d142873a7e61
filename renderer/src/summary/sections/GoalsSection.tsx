import { GAS_LEVEL_LABELS } from '../../../../shared/goals/gas';
import { formatDate } from '../../../../shared/dates/format-date';
import type { GoalBlock, GoalsBlock } from '../../../../shared/summary/summary-document';
import { paragraphDirection } from '../../../../shared/text/paragraph-direction';
import { signedLevel } from '../../charts/chart-descriptions';
import { UserText } from '../../ui/UserText';

function GoalCard({ goal }: { goal: GoalBlock }) {
  const facts = [
    `Weight ${goal.weight}`,
    `Baseline ${signedLevel(goal.baseline)}`,
    goal.targetDate ? `Target ${formatDate(goal.targetDate)}` : '',
  ].filter(Boolean);
  return (
    <article className="goal">
      <header className="goal__head">
        <h3>Goal {goal.number}</h3>
        <span className="goal__facts">{facts.join(' · ')}</span>
        {goal.status && (
          <span className={`summary__tag summary__tag--${goal.status.label.toLowerCase()}`}>
            {goal.status.label}
            {goal.status.date ? ` ${formatDate(goal.status.date)}` : ''}
          </span>
        )}
      </header>
      {/* The accent rule stands at the start of the words: on the right of words read right to left. */}
      <blockquote className="goal__words" dir={paragraphDirection(goal.clientWords)}>
        <UserText text={goal.clientWords} />
      </blockquote>
      {goal.clinicianFraming && (
        <div className="goal__line">
          <span className="goal__label">Clinician’s framing</span>
          <UserText text={goal.clinicianFraming} />
        </div>
      )}
      {goal.whyItMatters && (
        <div className="goal__line">
          <span className="goal__label">Why it matters</span>
          <UserText text={goal.whyItMatters} />
        </div>
      )}
      {goal.status?.reason && (
        <div className="goal__line">
          <span className="goal__label">Reason</span>
          <UserText text={goal.status.reason} />
        </div>
      )}
      <table className="summary__table goal__ladder">
        <thead>
          <tr>
            <th scope="col">Level</th>
            <th scope="col">What it looks like</th>
            <th scope="col">Latest rating</th>
          </tr>
        </thead>
        <tbody>
          {goal.levels.map(({ level, text }) => {
            const ratings = [
              goal.latest.client?.level === level ? `Client, ${formatDate(goal.latest.client.date)}` : '',
              goal.latest.clinician?.level === level
                ? `Clinician, ${formatDate(goal.latest.clinician.date)}`
                : '',
            ].filter(Boolean);
            return (
              <tr key={level} className={ratings.length > 0 ? 'goal__level--rated' : undefined}>
                <th scope="row">
                  <span className="goal__level">{signedLevel(level)}</span>
                  <span className="goal__level-name">{GAS_LEVEL_LABELS[level]}</span>
                </th>
                <td>
                  <UserText text={text} />
                </td>
                <td className="goal__marks">
                  {ratings.map((m) => (
                    <span key={m}>{m}</span>
                  ))}
                  {goal.baseline === level && <span className="goal__baseline">Baseline</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {goal.steps.length > 0 && (
        <div className="goal__steps">
          <span className="goal__label">Steps</span>
          <ul>
            {goal.steps.map((step, i) => (
              <li key={i}>
                <UserText inline text={step.text} /> <span className="goal__who">({step.who})</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </article>
  );
}

function TScore({ point }: { point: { t: number; date: string } | null }) {
  if (!point) return <span className="goals__gas-date">Not rated in this period</span>;
  return (
    <>
      {point.t.toFixed(1)} <span className="goals__gas-date">on {formatDate(point.date)}</span>
    </>
  );
}

export function GoalsSection({ goals }: { goals: GoalsBlock }) {
  if (!goals.plan) return <p className="summary__empty">No goal plan recorded.</p>;
  const { plan } = goals;
  return (
    <>
      <div className="goals__summary">
        <p>
          Plan version {plan.number}
          {plan.agreedOn
            ? `, agreed with the client ${plan.method} on ${formatDate(plan.agreedOn)}`
            : ', not yet agreed with the client'}
          {plan.reviewDate && !plan.reviewOverdue ? `; review due ${formatDate(plan.reviewDate)}` : ''}.
          {plan.reviewOverdue && (
            <span className="summary__tag summary__tag--rupture">
              Review overdue since {formatDate(plan.reviewDate)}
            </span>
          )}
        </p>
        {goals.goals.length > 0 && goals.activeGoals === 0 && (
          <p className="summary__note">No goal is active: each has been achieved or discontinued.</p>
        )}
        <dl className="goals__gas">
          <div>
            <dt>GAS T-score, client</dt>
            <dd>
              <TScore point={goals.tScore.client} />
            </dd>
          </div>
          <div>
            <dt>GAS T-score, clinician</dt>
            <dd>
              <TScore point={goals.tScore.clinician} />
            </dd>
          </div>
        </dl>
        <p className="summary__note">
          Goal Attainment Scaling: 50 means every goal was reached as expected; each level above or below
          moves it by about 10.
        </p>
      </div>
      {goals.goals.map((goal) => (
        <GoalCard key={goal.key} goal={goal} />
      ))}
    </>
  );
}
