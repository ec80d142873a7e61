import type { PlanVersion } from '../../../shared/goals/goal-contract';
import { formatDate } from '../../../shared/dates/format-date';
import { SignatureImage } from '../signature/SignatureImage';
import './agreement-record.css';
import { UserText } from '../ui/UserText';

type Agreement = NonNullable<PlanVersion['agreement']>;

const HOW: Record<Agreement['method'], string> = {
  verbal: 'said yes aloud',
  typed: 'typed their name',
  drawn: 'signed on screen',
};

/** How and when the client agreed to a version: the signature drawn again, or the name they typed. */
export function AgreementRecord({
  agreement,
  versionNumber,
}: {
  agreement: Agreement;
  versionNumber: number;
}) {
  return (
    <div className="agreement-record">
      <p className="agreement-record__line">
        Agreed on {formatDate(agreement.agreedOn)}: the client {HOW[agreement.method]}.
      </p>
      {agreement.method === 'drawn' && (
        <SignatureImage
          path={agreement.signaturePath}
          label={`The client’s signature agreeing to version ${versionNumber}`}
        />
      )}
      {agreement.method === 'typed' && (
        <p className="agreement-record__typed">
          <UserText text={agreement.typedName} />
        </p>
      )}
    </div>
  );
}
