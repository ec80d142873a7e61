import { formatDate } from '../../../shared/dates/format-date';
import { JUDGEMENT_LABELS } from '../../../shared/risk/risk-contract';
import { useNavigate } from '../navigation/routes';
import { Alert } from '../ui/Alert';
import { firstName } from '../../../shared/text/first-name';
import { UserText } from '../ui/UserText';
import { useRiskDue, useRiskIntervals } from './risk-queries';
import '../goals/reviews-due-card.css';
import './risk.css';

/**
 * For the home screen: clients whose latest risk judgement is moderate or high and whose review is
 * older than the interval chosen in Settings, by first name, each opening their overview.
 */
export function RiskDueCard() {
  const due = useRiskDue();
  const intervals = useRiskIntervals();
  const navigate = useNavigate();
  return (
    <section className="panel reviews-due" aria-labelledby="risk-due-title">
      <div className="panel__header">
        <h2 id="risk-due-title">Risk reviews due</h2>
        {intervals.data && (
          <p>
            High risk every {intervals.data.highDays} days, moderate every {intervals.data.moderateDays} (set
            in Settings).
          </p>
        )}
      </div>
      {due.isPending && <p className="muted">Loading…</p>}
      {due.isError && <Alert tone="error">{due.error.message}</Alert>}
      {due.data?.length === 0 && <p className="muted">No risk review is overdue.</p>}
      {due.data && due.data.length > 0 && (
        <ul className="reviews-due__list">
          {due.data.map((item) => (
            <li key={item.clientId}>
              <button
                type="button"
                className="reviews-due__client"
                onClick={() => navigate({ page: 'client', clientId: item.clientId, tab: 'overview' })}
              >
                <span className="reviews-due__name">
                  <UserText inline text={firstName(item.chosenName)} />
                </span>
                <span className="reviews-due__date reviews-due__date--late">
                  {JUDGEMENT_LABELS[item.judgement]}, last reviewed {formatDate(item.reviewedOn)}; due{' '}
                  {formatDate(item.dueOn)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
