import type { PlanVersion } from '../../../shared/goals/goal-contract';
import { UserText } from '../ui/UserText';
import { sessionsWords } from '../../../shared/goals/treatment-plan-words';
import './goal-treatment.css';

/** The version's sessions and who takes part: the client always, and anyone named with their role. */
export function PlanSessions({ version }: { version: PlanVersion }) {
  const sessions = sessionsWords(version.sessions);
  return (
    <dl className="plan-sessions">
      <div>
        <dt>Sessions</dt>
        <dd>{sessions ?? 'Not set'}</dd>
      </div>
      <div>
        <dt>Involved</dt>
        <dd>
          The client
          {version.involved.map((person, i) => (
            <span key={i}>
              {'; '}
              <UserText inline text={person.name} /> (<UserText inline text={person.role} />)
            </span>
          ))}
        </dd>
      </div>
    </dl>
  );
}
