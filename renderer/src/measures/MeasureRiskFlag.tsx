import { useState } from 'react';
import { formatDate } from '../../../shared/dates/format-date';
import { instrumentById } from '../../../shared/measures/registry';
import { RiskReviewDialog } from '../risk/RiskReviewDialog';
import { ActionButton } from '../ui/ActionButton';
import './measures.css';

interface MeasureRiskFlagProps {
  clientId: string;
  measureId: string;
  instrumentId: string;
  completedOn: string;
  answer: number;
  /** Names the client on the button where the flag stands among several clients (Home). */
  reviewLabel?: string;
}

/**
 * A risk item answered above zero with no risk review since. It says what was answered, in the
 * instrument's words, and opens the risk review right here, recorded as following this measure
 * and dated today; the flag clears once it is saved.
 */
export function MeasureRiskFlag({
  clientId,
  measureId,
  instrumentId,
  completedOn,
  answer,
  reviewLabel,
}: MeasureRiskFlagProps) {
  const [reviewing, setReviewing] = useState(false);
  const instrument = instrumentById(instrumentId);
  const risk = instrument?.riskItem;
  if (!instrument || !risk) return null;
  const answered = (
    <>
      on the {instrument.shortName} of {formatDate(completedOn)},{' '}
      {risk.wording.charAt(0).toLowerCase() + risk.wording.slice(1)} was answered “
      {instrument.text.en.options[answer - instrument.itemMin]}”
    </>
  );
  return (
    <div className="measure-flag" role="alert">
      <p className="measure-flag__text">
        <strong>Risk to review:</strong> {answered}. No risk review has been recorded since.
      </p>
      <div>
        <ActionButton onPress={() => setReviewing(true)}>
          {reviewLabel ?? 'Record a risk review'}
        </ActionButton>
      </div>
      {reviewing && (
        <RiskReviewDialog
          clientId={clientId}
          source={{ kind: 'measure', measureId }}
          context={
            <p>
              <strong>Prompted by an answer:</strong> {answered}.
            </p>
          }
          onClose={() => setReviewing(false)}
        />
      )}
    </div>
  );
}
