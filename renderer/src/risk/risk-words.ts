import { formatDate } from '../../../shared/dates/format-date';
import { measureSourceWords } from '../../../shared/risk/measure-source';
import type { RiskReview } from '../../../shared/risk/risk-contract';

/** Where a review was recorded, in words, for the history and the overview. */
export function reviewSourceText(review: RiskReview): string {
  if (review.source === 'intake') return 'at intake';
  if (review.source === 'measure') return `after ${measureSourceWords(review)}`;
  const day = formatDate(review.noteSessionDate ?? review.reviewedOn);
  return review.sealed ? `in the signed note of ${day}` : `in the draft note of ${day}`;
}
