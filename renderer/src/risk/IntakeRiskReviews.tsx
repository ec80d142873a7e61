import { RiskReviewsPanel } from './RiskReviewsPanel';
import { useRiskHistory } from './risk-queries';

/**
 * The structured risk review at intake, under the intake's own risk answers. The answers above
 * stay as given; a review recorded here supersedes them in the client's risk history.
 */
export function IntakeRiskReviews({ clientId }: { clientId: string }) {
  const history = useRiskHistory(clientId);
  return (
    <section className="intake-risk-reviews" aria-labelledby="intake-risk-reviews-title">
      <h3 id="intake-risk-reviews-title">Risk review at intake</h3>
      <RiskReviewsPanel
        clientId={clientId}
        source={{ kind: 'intake' }}
        reviews={history.data?.reviews.filter((r) => r.source === 'intake')}
        error={history.error}
        intro="Record the clinician’s judgement of risk, with the reasons for it. It is dated and kept; later reviews supersede it."
      />
    </section>
  );
}
