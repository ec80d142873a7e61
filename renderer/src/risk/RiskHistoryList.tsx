import { RISK_LABELS } from '../../../shared/clients/intake-schema';
import { formatDate, localDay } from '../../../shared/dates/format-date';
import {
  ANSWER_LABELS,
  JUDGEMENT_LABELS,
  RISK_QUESTIONS,
  THOUGHTS_SHORT,
  type RiskHistory,
  type RiskReview,
} from '../../../shared/risk/risk-contract';
import { UserText } from '../ui/UserText';
import { reviewSourceText } from './risk-words';

/** The questions answered "yes", so a reader sees at once what the judgement rests on. */
function yesAnswers(review: RiskReview): string {
  const yes = RISK_QUESTIONS.filter(({ key }) => review[key] === 'yes').map(({ label }) =>
    label.toLowerCase(),
  );
  return yes.length > 0
    ? `Yes: ${yes.join('; ')}.`
    : `No question answered ${ANSWER_LABELS.yes.toLowerCase()}.`;
}

function ReviewEntry({ review, current }: { review: RiskReview; current: boolean }) {
  return (
    <li className="risk-history__entry">
      <p className="risk-history__head">
        <span className={`risk-judgement risk-judgement--${review.judgement}`}>
          {JUDGEMENT_LABELS[review.judgement]}
        </span>{' '}
        <strong>{formatDate(review.reviewedOn)}</strong>, {reviewSourceText(review)}
        {review.recordedBy && (
          <>
            , by <UserText inline text={review.recordedBy} />
          </>
        )}
        {current ? ' (current)' : ' (superseded)'}
      </p>
      <p className="risk-history__facts">
        Suicidal thoughts: {THOUGHTS_SHORT[review.suicidalThoughts]}. {yesAnswers(review)}
      </p>
      <UserText text={review.reasons} />
    </li>
  );
}

/** Every review, newest first, then the intake's own answers they superseded: nothing is overwritten. */
export function RiskHistoryList({ history }: { history: RiskHistory }) {
  const { reviews, intake } = history;
  return (
    <ol className="risk-history">
      {reviews.map((review, i) => (
        <ReviewEntry key={review.id} review={review} current={i === 0} />
      ))}
      {intake && (
        <li className="risk-history__entry">
          <p className="risk-history__head">
            <strong>
              Intake answers
              {intake.answeredAt ? `, ${formatDate(localDay(new Date(intake.answeredAt)))}` : ''}
            </strong>
            {reviews.length > 0 ? ' (superseded by the reviews above)' : ' (no review recorded yet)'}
          </p>
          <p className="risk-history__facts">
            Suicidal thoughts: {RISK_LABELS[intake.suicidalThoughts]}. Self-harm:{' '}
            {RISK_LABELS[intake.selfHarm]}. Harm to others: {RISK_LABELS[intake.harmToOthers]}.
          </p>
        </li>
      )}
    </ol>
  );
}
