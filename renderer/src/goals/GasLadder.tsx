import { GAS_LEVEL_LABELS, type GasLevel } from '../../../shared/goals/gas';
import type { Goal, GoalRating } from '../../../shared/goals/goal-contract';
import { formatShortDate } from '../../../shared/dates/format-date';
import { signedLevel } from '../charts/chart-descriptions';
import { LADDER, levelKey } from './ladder-levels';
import './gas-ladder.css';
import { UserText } from '../ui/UserText';

interface GasLadderProps {
  goal: Pick<Goal, 'levels' | 'baseline'>;
  latest: { client?: GoalRating; clinician?: GoalRating };
}

function Mark({ kind, text }: { kind: 'client' | 'clinician' | 'baseline'; text: string }) {
  return (
    <span className={`gas-ladder__mark gas-ladder__mark--${kind}`}>
      <svg className="gas-ladder__mark-shape" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true">
        {kind === 'client' && <circle cx="6" cy="6" r="5" />}
        {kind === 'clinician' && <rect x="1" y="1" width="10" height="10" />}
        {kind === 'baseline' && <line x1="0" x2="12" y1="6" y2="6" />}
      </svg>
      {text}
    </span>
  );
}

/**
 * The goal's five outcome levels in the client's words, best at the top, with where things started
 * (the baseline) and where each rater last put them. The marks match the chart's markers.
 */
export function GasLadder({ goal, latest }: GasLadderProps) {
  return (
    <ol className="gas-ladder" aria-label="Goal Attainment Scaling levels, best first">
      {LADDER.map((level: GasLevel) => {
        const client = latest.client?.level === level ? latest.client : undefined;
        const clinician = latest.clinician?.level === level ? latest.clinician : undefined;
        const isBaseline = goal.baseline === level;
        const classes = ['gas-ladder__rung'];
        if (level === 0) classes.push('gas-ladder__rung--expected');
        if (client || clinician) classes.push('gas-ladder__rung--rated');
        return (
          <li key={level} className={classes.join(' ')}>
            <span className="gas-ladder__level" aria-hidden="true">
              {signedLevel(level)}
            </span>
            <div className="gas-ladder__text">
              <span className="gas-ladder__name">
                <span className="visually-hidden">{signedLevel(level)}, </span>
                {GAS_LEVEL_LABELS[level]}
              </span>
              <p className="gas-ladder__words">
                <UserText text={goal.levels[levelKey(level)]} />
              </p>
            </div>
            {(client || clinician || isBaseline) && (
              <div className="gas-ladder__marks">
                {client && <Mark kind="client" text={`Client, ${formatShortDate(client.ratedOn)}`} />}
                {clinician && (
                  <Mark kind="clinician" text={`Clinician, ${formatShortDate(clinician.ratedOn)}`} />
                )}
                {isBaseline && <Mark kind="baseline" text="Baseline" />}
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
