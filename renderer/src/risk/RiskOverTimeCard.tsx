import { formatDate } from '../../../shared/dates/format-date';
import { JUDGEMENT_LABELS } from '../../../shared/risk/risk-contract';
import { RiskTrendChart } from '../charts/RiskTrendChart';
import { Alert } from '../ui/Alert';
import { Fold } from '../ui/Fold';
import { OverviewCard } from '../ui/OverviewCard';
import { RiskHistoryList } from './RiskHistoryList';
import { useRiskHistory } from './risk-queries';
import { reviewSourceText } from './risk-words';
import './risk.css';

/**
 * The latest risk judgement with its date, its trend and every earlier review. Reviews are
 * recorded at intake and in session notes, where the session's context is.
 */
export function RiskOverTimeCard({ clientId }: { clientId: string }) {
  const history = useRiskHistory(clientId);
  if (!history.data) return history.isError ? <Alert tone="error">{history.error.message}</Alert> : null;
  const { reviews, intake } = history.data;
  const latest = reviews[0];
  const count = reviews.length + (intake ? 1 : 0);
  return (
    <OverviewCard title="Risk over time" span="wide">
      {latest ? (
        <p className="risk-latest">
          <span className={`risk-judgement risk-judgement--${latest.judgement}`}>
            {JUDGEMENT_LABELS[latest.judgement]}
          </span>{' '}
          Latest judgement, reviewed {formatDate(latest.reviewedOn)} {reviewSourceText(latest)}.
        </p>
      ) : (
        <p className="muted">
          No risk review recorded yet. Record one in the intake’s “Risk and safety” step or in a session note.
        </p>
      )}
      {reviews.length > 0 && (
        <RiskTrendChart
          points={[...reviews].reverse().map((r) => ({ date: r.reviewedOn, judgement: r.judgement }))}
        />
      )}
      {count > 0 && (
        <Fold title="History" summary={`${count} ${count === 1 ? 'entry' : 'entries'}`} level={3}>
          <RiskHistoryList history={history.data} />
        </Fold>
      )}
    </OverviewCard>
  );
}
