import { useId, useState } from 'react';
import type { AmendmentRequest } from '../../../shared/amendments/amendment-contract';
import { formatShortDate } from '../../../shared/dates/format-date';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { AmendmentDetails } from './AmendmentDetails';
import { AmendmentLetterDialog } from './AmendmentLetterDialog';
import { useAmendments } from './amendment-queries';
import { DecideAmendmentDialog } from './DecideAmendmentDialog';
import { ExtendAmendmentDialog } from './ExtendAmendmentDialog';
import { LateStatementDialog, type LateStatementKind } from './LateStatementDialog';
import { LogAmendmentDialog } from './LogAmendmentDialog';
import './amendments.css';

/**
 * A client's requests to amend their record, newest first: log one, extend its clock once, decide
 * it, and print the letter that tells the client. A decided request no longer changes, except that a
 * denied one takes the client's later statement of disagreement and then the rebuttal, once each.
 */
export function AmendmentsPanel({ clientId }: { clientId: string }) {
  const headingId = useId();
  const requests = useAmendments(clientId);
  const [logging, setLogging] = useState(false);
  const [extending, setExtending] = useState<string | null>(null);
  const [deciding, setDeciding] = useState<AmendmentRequest | null>(null);
  const [writing, setWriting] = useState<AmendmentRequest | null>(null);
  const [adding, setAdding] = useState<{ id: string; kind: LateStatementKind } | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <section className="amendments" aria-labelledby={headingId}>
      <div className="amendments__head">
        <h2 id={headingId}>Amendment requests</h2>
        <ActionButton variant="secondary" onPress={() => setLogging(true)}>
          Log a request
        </ActionButton>
      </div>
      {saved && <Alert tone="success">{saved}</Alert>}
      {requests.isError && <Alert tone="error">{requests.error.message}</Alert>}
      {requests.data?.length === 0 && <p className="muted">No requests to amend this record.</p>}
      {requests.data?.map((request) => (
        <article
          key={request.id}
          className="amendment"
          aria-label={`Amendment request of ${formatShortDate(request.receivedOn)}`}
        >
          <AmendmentDetails request={request} />
          <div className="amendment__actions">
            {!request.decision && !request.extension && (
              <ActionButton variant="quiet" onPress={() => setExtending(request.id)}>
                Extend 30 days
              </ActionButton>
            )}
            {!request.decision && (
              <ActionButton variant="secondary" onPress={() => setDeciding(request)}>
                Decide
              </ActionButton>
            )}
            {request.decision?.outcome === 'denied' && !request.decision.disagreement && (
              <ActionButton
                variant="quiet"
                onPress={() => setAdding({ id: request.id, kind: 'disagreement' })}
              >
                Add the client’s statement…
              </ActionButton>
            )}
            {request.decision?.outcome === 'denied' &&
              request.decision.disagreement &&
              !request.decision.rebuttal && (
                <ActionButton variant="quiet" onPress={() => setAdding({ id: request.id, kind: 'rebuttal' })}>
                  Add your rebuttal…
                </ActionButton>
              )}
            {(request.decision || request.extension) && (
              <ActionButton variant="quiet" onPress={() => setWriting(request)}>
                Letter to the client…
              </ActionButton>
            )}
          </div>
        </article>
      ))}
      <LogAmendmentDialog clientId={clientId} isOpen={logging} onClose={() => setLogging(false)} />
      <ExtendAmendmentDialog requestId={extending} onClose={() => setExtending(null)} />
      <DecideAmendmentDialog request={deciding} onClose={() => setDeciding(null)} />
      <LateStatementDialog subject={adding} onClose={() => setAdding(null)} />
      <AmendmentLetterDialog request={writing} onClose={() => setWriting(null)} onSaved={setSaved} />
    </section>
  );
}
