import { useState } from 'react';
import { formatDate } from '../../../shared/dates/format-date';
import { JUDGEMENT_LABELS, type RiskReview } from '../../../shared/risk/risk-contract';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { RiskReviewDialog, type RiskReviewSource } from './RiskReviewDialog';
import './risk.css';

interface RiskReviewsPanelProps {
  clientId: string;
  source: RiskReviewSource;
  reviews: readonly RiskReview[] | undefined;
  error?: Error | null;
  /** The day a new review is dated by default. */
  reviewedOn?: string;
  /** What is said before the first review: why and when to record one here. */
  intro: string;
}

/**
 * The reviews recorded in one place (a note, or the intake), with a way to add one and, while it
 * can still change, to change it. A sealed review says so: a correction is a new review.
 */
export function RiskReviewsPanel({
  clientId,
  source,
  reviews,
  error,
  reviewedOn,
  intro,
}: RiskReviewsPanelProps) {
  const [editing, setEditing] = useState<RiskReview | 'new' | null>(null);
  return (
    <div className="risk-reviews">
      {error && <Alert tone="error">{error.message}</Alert>}
      {reviews?.length === 0 && <p className="muted">{intro}</p>}
      {reviews && reviews.length > 0 && (
        <ul className="risk-reviews__list">
          {reviews.map((review) => (
            <li key={review.id} className="risk-reviews__item">
              <span>
                <span className={`risk-judgement risk-judgement--${review.judgement}`}>
                  {JUDGEMENT_LABELS[review.judgement]}
                </span>{' '}
                {formatDate(review.reviewedOn)}
                {review.sealed && <span className="muted"> · sealed</span>}
              </span>
              {!review.sealed && (
                <ActionButton variant="quiet" onPress={() => setEditing(review)}>
                  Change review of {formatDate(review.reviewedOn)}
                </ActionButton>
              )}
            </li>
          ))}
        </ul>
      )}
      <div>
        <ActionButton onPress={() => setEditing('new')}>Record a risk review</ActionButton>
      </div>
      {editing && (
        <RiskReviewDialog
          clientId={clientId}
          source={source}
          review={editing === 'new' ? undefined : editing}
          reviewedOn={reviewedOn}
          onClose={() => setEditing(null)}
        />
      )}
    </div>
  );
}
