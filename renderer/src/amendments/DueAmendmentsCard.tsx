import { useId } from 'react';
import { formatShortDate } from '../../../shared/dates/format-date';
import { useNavigate } from '../navigation/routes';
import { firstName } from '../../../shared/text/first-name';
import { Alert } from '../ui/Alert';
import { UserText } from '../ui/UserText';
import { useAmendmentsDue } from './amendment-queries';
import './amendments.css';

function left(days: number): string {
  if (days < 0) return `Overdue by ${-days} ${days === -1 ? 'day' : 'days'}`;
  if (days === 0) return 'Due today';
  return `${days} ${days === 1 ? 'day' : 'days'} left`;
}

/**
 * For Home: requests to amend the record within ten days of their deadline, and overdue ones
 * (marked as such in words, not only colour), soonest first. First names only, like the rest of Home.
 */
export function DueAmendmentsCard() {
  const headingId = useId();
  const due = useAmendmentsDue();
  const navigate = useNavigate();
  const requests = due.data ?? [];
  if (due.data && requests.length === 0) return null;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <div className="panel__header">
        <h2 id={headingId}>Amendment requests due</h2>
        <p>A decision is due within 60 days of a request (90 with the one extension).</p>
      </div>
      {due.isPending && <p className="muted">Loading…</p>}
      {due.isError && <Alert tone="error">{due.error.message}</Alert>}
      {requests.length > 0 && (
        <ul className="home-list">
          {requests.map((request) => (
            <li key={request.id}>
              <button
                type="button"
                className="home-list__item"
                onClick={() => navigate({ page: 'client', clientId: request.clientId, tab: 'notes' })}
              >
                <UserText inline text={firstName(request.chosenName)} />
                <span
                  className={
                    request.daysLeft < 0 ? 'amendment-clock amendment-clock--overdue' : 'amendment-clock'
                  }
                >
                  {left(request.daysLeft)} · {formatShortDate(request.deadline)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
