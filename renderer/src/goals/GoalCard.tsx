import type { ReactNode } from 'react';
import { Disclosure, DisclosurePanel, Heading, Button } from 'react-aria-components';
import type { Goal, GoalPlan } from '../../../shared/goals/goal-contract';
import { formatDate, formatShortDate } from '../../../shared/dates/format-date';
import { signedLevel } from '../charts/chart-descriptions';
import { GoalRatingsChart } from '../charts/GoalRatingsChart';
import { ActionButton } from '../ui/ActionButton';
import { GasLadder } from './GasLadder';
import { GoalTreatment } from './GoalTreatment';
import { currentStatus, isClosed, latestRating, ratingPoints, ratingsOf } from './goal-progress';
import type { GoalChange } from './version-changes';
import { StatusTag } from './StatusTag';
import './goal-card.css';
import './goals.css';
import { UserText } from '../ui/UserText';

export type GoalAction = 'rate' | 'review' | 'achieved' | 'discontinued' | 'active';

interface GoalCardProps {
  plan: GoalPlan;
  goal: Goal;
  number: number;
  change?: GoalChange;
  /** Which version introduced or last changed it, for the tag beside its title. */
  versionNumber: number;
  onAction: (action: GoalAction) => void;
}

const WHO: Record<Goal['steps'][number]['who'], string> = {
  client: 'Client',
  clinician: 'Clinician',
  together: 'Together',
  'someone else': 'Someone else',
};

function Detail({ term, children }: { term: string; children: string }) {
  if (!children.trim()) return null;
  return (
    <div className="goal-card__detail">
      <dt>{term}</dt>
      <dd>
        <UserText text={children} />
      </dd>
    </div>
  );
}

function Facts({ goal }: { goal: Goal }) {
  const facts: ReactNode[] = [`Weight ${goal.weight}`];
  if (goal.targetDate) facts.push(`Target ${formatDate(goal.targetDate)}`);
  return <span className="goal-card__facts">{facts.join(' · ')}</span>;
}

/** One goal of the current plan: the client's words, the gas-ladder with the latest ratings, and its chart. */
export function GoalCard({ plan, goal, number, change, versionNumber, onAction }: GoalCardProps) {
  const status = currentStatus(plan, goal.goalKey);
  const closed = isClosed(status);
  const latest = {
    client: latestRating(plan, goal.goalKey, 'client'),
    clinician: latestRating(plan, goal.goalKey, 'clinician'),
  };
  const history = ratingsOf(plan, goal.goalKey).reverse();
  const titleId = `goal-${goal.goalKey}-title`;
  return (
    <article className={closed ? 'goal-card goal-card--closed' : 'goal-card'} aria-labelledby={titleId}>
      <header className="goal-card__header">
        <h3 id={titleId} className="goal-card__number">
          Goal {number}
        </h3>
        <StatusTag status={status} />
        {change === 'revised' && <span className="goal-tag">Revised in version {versionNumber}</span>}
        {change === 'new' && versionNumber > 1 && (
          <span className="goal-tag">New in version {versionNumber}</span>
        )}
        <Facts goal={goal} />
      </header>
      <blockquote className="goal-card__words">
        <UserText text={goal.clientWords} />
      </blockquote>
      {status?.status === 'discontinued' && status.reason && (
        <p className="goal-card__reason">
          <span className="goal-card__reason-label">Why it was discontinued:</span>{' '}
          <UserText inline text={status.reason} />
        </p>
      )}
      {status?.status === 'achieved' && status.reason && (
        <p className="goal-card__reason">
          <span className="goal-card__reason-label">Achieved:</span> <UserText inline text={status.reason} />
        </p>
      )}
      <dl className="goal-card__details">
        <Detail term="Why it matters to them">{goal.whyItMatters}</Detail>
        <Detail term="Clinician’s framing">{goal.clinicianFraming}</Detail>
        <Detail term="Linked concern">{goal.linkedConcern}</Detail>
        <Detail term="Strengths to draw on">{goal.strengths}</Detail>
      </dl>
      {goal.steps.length > 0 && (
        <div className="goal-card__steps">
          <h4>Steps</h4>
          <ul>
            {goal.steps.map((step, i) => (
              <li key={i}>
                <span className="goal-who">{WHO[step.who]}</span>
                <UserText inline text={step.text} />
              </li>
            ))}
          </ul>
        </div>
      )}
      <GasLadder goal={goal} latest={latest} />
      <GoalTreatment plan={plan} goal={goal} />
      {history.length > 0 && (
        <GoalRatingsChart
          title={`Goal ${number}: ratings over time`}
          ratings={ratingPoints(plan, goal.goalKey)}
          baseline={goal.baseline}
        />
      )}
      {history.length > 0 && (
        <Disclosure className="goal-card__history">
          <Heading level={4}>
            <Button slot="trigger" className="goal-disclosure">
              All ratings and comments ({history.length})
            </Button>
          </Heading>
          <DisclosurePanel>
            <ul className="goal-ratings">
              {history.map((r) => (
                <li key={r.id}>
                  <span className="goal-ratings__when">{formatShortDate(r.ratedOn)}</span>
                  <span className="goal-ratings__who">{r.rater === 'client' ? 'Client' : 'Clinician'}</span>
                  <span className="goal-ratings__level">{signedLevel(r.level)}</span>
                  {r.comment && (
                    <span className="goal-ratings__comment">
                      <UserText inline text={r.comment} />
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </DisclosurePanel>
        </Disclosure>
      )}
      <div className="goal-card__actions">
        {!closed && (
          <ActionButton variant="primary" aria-describedby={titleId} onPress={() => onAction('rate')}>
            Rate progress
          </ActionButton>
        )}
        {!closed && goal.objectives.length > 0 && (
          <ActionButton aria-describedby={titleId} onPress={() => onAction('review')}>
            Review objectives
          </ActionButton>
        )}
        {!closed && (
          <ActionButton aria-describedby={titleId} onPress={() => onAction('achieved')}>
            Mark achieved
          </ActionButton>
        )}
        {!closed && (
          <ActionButton aria-describedby={titleId} onPress={() => onAction('discontinued')}>
            Discontinue…
          </ActionButton>
        )}
        {closed && (
          <ActionButton aria-describedby={titleId} onPress={() => onAction('active')}>
            Make active again
          </ActionButton>
        )}
      </div>
    </article>
  );
}
