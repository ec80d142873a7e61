import { formatDate } from '../dates/format-date';
import { instrumentById } from '../measures/registry';
import type { RiskReview } from './risk-contract';

/** The measure a review followed, in words: "PHQ-9 on <the day it was completed>". */
export function measureSourceWords(review: RiskReview): string {
  const name = instrumentById(review.measureInstrumentId ?? '')?.shortName ?? 'a measure';
  return `${name} on ${formatDate(review.measureCompletedOn ?? review.reviewedOn)}`;
}
