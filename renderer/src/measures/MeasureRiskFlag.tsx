import { formatDate } from '../../../shared/dates/format-date';
import { instrumentById } from '../../../shared/measures/registry';
import { ActionButton } from '../ui/ActionButton';
import './measures.css';

interface MeasureRiskFlagProps {
  instrumentId: string;
  completedOn: string;
  answer: number;
  /** Opens where a risk review is recorded: the client's session notes. */
  onReview: () => void;
  reviewLabel?: string;
}

/**
 * A risk item answered above zero with no risk review since. It says what was answered, in the
 * instrument's words, and leads to recording the review; it clears once one is recorded.
 */
export function MeasureRiskFlag({
  instrumentId,
  completedOn,
  answer,
  onReview,
  reviewLabel,
}: MeasureRiskFlagProps) {
  const instrument = instrumentById(instrumentId);
  const risk = instrument?.riskItem;
  if (!instrument || !risk) return null;
  return (
    <div className="measure-flag" role="alert">
      <p className="measure-flag__text">
        <strong>Risk to review:</strong> on the {instrument.shortName} of {formatDate(completedOn)},{' '}
        {risk.wording.charAt(0).toLowerCase() + risk.wording.slice(1)} was answered “
        {instrument.text.en.options[answer - instrument.itemMin]}”. No risk review has been recorded since.
      </p>
      <div>
        <ActionButton onPress={onReview}>{reviewLabel ?? 'Record a risk review'}</ActionButton>
      </div>
    </div>
  );
}
