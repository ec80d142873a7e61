import { formatDate } from '../../../shared/dates/format-date';
import type { RecordNote } from '../../../shared/record/record-document';
import { UserText } from '../ui/UserText';

function Dated({ label, on, text }: { label: string; on: string | null; text: string }) {
  if (!text.trim()) return null;
  return (
    <div className="record__passage">
      <p className="record__label">
        {label}
        {on && `, ${formatDate(on)}`}
      </p>
      <p className="record__text">
        <UserText text={text} />
      </p>
    </div>
  );
}

/**
 * The client's decided requests to amend this note, oldest first. A denial is printed with the
 * reason, the client's statement of disagreement and the rebuttal, since they go wherever the note
 * goes; an accepted request points at the addendum that made it.
 */
export function RecordAmendments({ note }: { note: RecordNote }) {
  if (note.amendments.length === 0) return null;
  return (
    <div className="record__part">
      <h4>Requests to amend this note</h4>
      {note.amendments.map((request, i) => (
        <div key={i} className="record__addendum">
          <p className="record__label">
            Asked {formatDate(request.receivedOn)} ·{' '}
            {request.outcome === 'accepted'
              ? `accepted ${formatDate(request.decidedOn)}; the amendment is an addendum to this note`
              : `denied ${formatDate(request.decidedOn)}`}
          </p>
          <Dated label="Asked to change" on={null} text={request.requestedChange} />
          <Dated label="Reason for the denial" on={null} text={request.denialReason} />
          <Dated
            label="Client’s statement of disagreement"
            on={request.disagreementOn}
            text={request.disagreement}
          />
          <Dated label="Clinician’s rebuttal" on={request.rebuttalOn} text={request.rebuttal} />
        </div>
      ))}
    </div>
  );
}
