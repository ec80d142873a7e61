import type { AmendmentRequest } from '../../../shared/amendments/amendment-contract';
import { formatShortDate } from '../../../shared/dates/format-date';
import { UserText } from '../ui/UserText';

function status(request: AmendmentRequest): string {
  if (request.decision?.outcome === 'accepted')
    return `Accepted on ${formatShortDate(request.decision.decidedOn)}`;
  if (request.decision?.outcome === 'denied')
    return `Denied on ${formatShortDate(request.decision.decidedOn)}`;
  return `Decision due by ${formatShortDate(request.deadline)}${request.extension ? ' (extended)' : ''}`;
}

/** What was asked, the clock or the decision, and, when denied, both sides' statements. */
export function AmendmentDetails({ request }: { request: AmendmentRequest }) {
  const { decision, extension } = request;
  return (
    <>
      <h3>
        Request of {formatShortDate(request.receivedOn)}: {status(request)}
      </h3>
      <dl>
        {request.notes.length > 0 && (
          <>
            <dt>Notes</dt>
            <dd>{request.notes.map((note) => formatShortDate(note.sessionDate)).join(', ')}</dd>
          </>
        )}
        {request.recordPart && (
          <>
            <dt>Part of the record</dt>
            <dd>
              <UserText text={request.recordPart} />
            </dd>
          </>
        )}
        <dt>Asked to change</dt>
        <dd>
          <UserText text={request.requestedChange} />
        </dd>
        {request.reason && (
          <>
            <dt>Why</dt>
            <dd>
              <UserText text={request.reason} />
            </dd>
          </>
        )}
        {extension && (
          <>
            <dt>Extended</dt>
            <dd>
              Client told on {formatShortDate(extension.clientToldOn)}:{' '}
              <UserText inline text={extension.reason} />
            </dd>
          </>
        )}
        {decision?.outcome === 'denied' && (
          <>
            <dt>Reason for denial</dt>
            <dd>
              <UserText text={decision.denialReason} />
            </dd>
            {decision.disagreement && (
              <>
                <dt>Client’s disagreement</dt>
                <dd>
                  {decision.disagreementOn && `${formatShortDate(decision.disagreementOn)}: `}
                  <UserText inline text={decision.disagreement} />
                </dd>
              </>
            )}
            {decision.rebuttal && (
              <>
                <dt>Rebuttal</dt>
                <dd>
                  {decision.rebuttalOn && `${formatShortDate(decision.rebuttalOn)}: `}
                  <UserText inline text={decision.rebuttal} />
                </dd>
              </>
            )}
          </>
        )}
      </dl>
    </>
  );
}
