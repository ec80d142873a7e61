import { formatDate } from '../../../shared/dates/format-date';
import { instrumentById } from '../../../shared/measures/registry';
import { useNavigate } from '../navigation/routes';
import { Alert } from '../ui/Alert';
import { firstName } from '../../../shared/text/first-name';
import { UserText } from '../ui/UserText';
import { MeasureRiskFlag } from './MeasureRiskFlag';
import { useMeasureRiskFlags, useMeasuresDue } from './measure-queries';
import '../goals/reviews-due-card.css';
import './measures.css';

/**
 * For the home screen: item-9 answers no risk review has followed yet, first and prominent, then
 * the measures due today or overdue, each opening the client's Measures tab.
 */
export function MeasuresHomeCard() {
  const due = useMeasuresDue();
  const flags = useMeasureRiskFlags();
  const navigate = useNavigate();
  return (
    <section className="panel reviews-due" aria-labelledby="measures-home-title">
      <div className="panel__header">
        <h2 id="measures-home-title">Outcome measures</h2>
      </div>
      {(due.isError || flags.isError) && <Alert tone="error">{(due.error ?? flags.error)!.message}</Alert>}
      {flags.data?.map((flag) => (
        <div key={flag.measureId} className="stack">
          <p className="reviews-due__name">
            <UserText inline text={firstName(flag.chosenName)} />
          </p>
          <MeasureRiskFlag
            clientId={flag.clientId}
            measureId={flag.measureId}
            instrumentId={flag.instrumentId}
            completedOn={flag.completedOn}
            answer={flag.answer}
            reviewLabel={`Record a risk review for ${firstName(flag.chosenName)}`}
          />
        </div>
      ))}
      {due.data?.length === 0 && <p className="muted">No measure is due.</p>}
      {due.data && due.data.length > 0 && (
        <ul className="reviews-due__list">
          {due.data.map((item) => (
            <li key={`${item.clientId}-${item.instrumentId}`}>
              <button
                type="button"
                className="reviews-due__client"
                onClick={() => navigate({ page: 'client', clientId: item.clientId, tab: 'measures' })}
              >
                <span className="reviews-due__name">
                  <UserText inline text={firstName(item.chosenName)} />
                </span>
                <span className="reviews-due__date">
                  {instrumentById(item.instrumentId)?.shortName} due {formatDate(item.dueOn)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
