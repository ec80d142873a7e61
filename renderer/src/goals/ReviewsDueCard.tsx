import { formatDate, localDay } from '../../../shared/dates/format-date';
import { useNavigate } from '../navigation/routes';
import { firstName } from '../../../shared/text/first-name';
import { Alert } from '../ui/Alert';
import { useReviewsDue } from './goals-queries';
import './reviews-due-card.css';
import { UserText } from '../ui/UserText';

/**
 * For the home screen: clients whose goal plan is due for review within the week, by first name,
 * each opening their goals.
 */
export function ReviewsDueCard() {
  const due = useReviewsDue(7);
  const navigate = useNavigate();
  const today = localDay(new Date());
  return (
    <section className="panel reviews-due" aria-labelledby="reviews-due-title">
      <div className="panel__header">
        <h2 id="reviews-due-title">Goal reviews due</h2>
        {!!due.data?.length && <p>Plans to review with the client this week.</p>}
      </div>
      {due.isPending && <p className="muted">Loading…</p>}
      {due.isError && <Alert tone="error">{due.error.message}</Alert>}
      {due.data?.length === 0 && <p className="muted">No goal reviews due this week.</p>}
      {due.data && due.data.length > 0 && (
        <ul className="reviews-due__list">
          {due.data.map((item) => (
            <li key={item.clientId}>
              <button
                type="button"
                className="reviews-due__client"
                onClick={() => navigate({ page: 'client', clientId: item.clientId, tab: 'goals' })}
              >
                <span className="reviews-due__name">
                  <UserText inline text={firstName(item.chosenName)} />
                </span>
                <span
                  className={
                    item.reviewDate < today
                      ? 'reviews-due__date reviews-due__date--late'
                      : 'reviews-due__date'
                  }
                >
                  {item.reviewDate < today ? 'Overdue since' : 'Due'} {formatDate(item.reviewDate)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
