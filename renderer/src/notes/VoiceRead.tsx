import { formatMoment } from '../../../shared/dates/format-moment';
import {
  answerWords,
  completedByClient,
  feedbackItems,
  FEEDBACK_MESSAGE_PROMPT,
  type Feedback,
} from '../../../shared/notes/feedback-forms';
import type { Note } from '../../../shared/notes/note-contract';
import {
  MARKER_LABELS,
  REPAIR_LABELS,
  RUPTURE_KIND_LABELS,
  RUPTURE_OUTCOME_LABELS,
} from '../../../shared/notes/rupture-lists';
import { UserText } from '../ui/UserText';
import { CollapsiblePanel } from '../ui/CollapsiblePanel';
import { feedbackSummary, ruptureSummary } from './note-labels';

/**
 * The client's feedback read back under the wording of the form it was given on: on a signed note,
 * and on a draft once the client answered it themselves (their answers are theirs, never edited).
 */
export function FeedbackRead({ feedback }: { feedback: Feedback }) {
  const byClient = completedByClient(feedback);
  return (
    <CollapsiblePanel title="Client feedback" summary={feedbackSummary(feedback)}>
      {byClient && (
        <p className="panel-hint">
          Completed by the client on {formatMoment(byClient)}. Their answers stay as given: add a correction
          as an addendum.
        </p>
      )}
      {feedback.form === 1 && (
        <p className="muted">Given on the earlier feedback form, each answer 0 to 10.</p>
      )}
      <dl className="read-list read-list--scores">
        {feedbackItems(feedback).map((item) => (
          <div key={item.key} className="read-list__row">
            <dt>{item.text}</dt>
            <dd>{item.answer === null ? '—' : answerWords(feedback.form, item.answer)}</dd>
          </div>
        ))}
        {feedback.form === 2 && feedback.message && (
          <div className="read-list__row">
            <dt>{FEEDBACK_MESSAGE_PROMPT}</dt>
            <dd>
              <UserText text={feedback.message} />
            </dd>
          </div>
        )}
      </dl>
    </CollapsiblePanel>
  );
}

function words(list: readonly string[]): string {
  return list.length ? list.join(', ') : '—';
}

export function RuptureRead({ note }: { note: Note }) {
  const ruptures = note.ruptures;
  return (
    <CollapsiblePanel
      title="Rupture and repair"
      summary={ruptureSummary(ruptures)}
      defaultExpanded={ruptures.length > 0}
    >
      {ruptures.length === 0 ? (
        <p className="muted">No rupture was recorded in this session.</p>
      ) : (
        <ol className="rupture-events">
          {ruptures.map((r, i) => (
            <li key={i} className="rupture-event">
              <h4 className="rupture-event__title">
                Rupture {i + 1}: {RUPTURE_KIND_LABELS[r.kind]}
              </h4>
              <dl className="read-list">
                <div className="read-list__row">
                  <dt>Markers seen</dt>
                  <dd>{words([...r.markers.map((m) => MARKER_LABELS[m] ?? m), ...r.earlierMarkers])}</dd>
                </div>
                <div className="read-list__row">
                  <dt>Raised by</dt>
                  <dd>
                    {r.raisedBy === 'client' ? 'Client' : r.raisedBy === 'clinician' ? 'Clinician' : '—'}
                  </dd>
                </div>
                <div className="read-list__row">
                  <dt>Repair tried</dt>
                  <dd>{words(r.repairs.map((k) => REPAIR_LABELS[k] ?? k))}</dd>
                </div>
                <div className="read-list__row">
                  <dt>What happened and what helped</dt>
                  <dd>
                    <UserText text={r.repairNote || '—'} />
                  </dd>
                </div>
                <div className="read-list__row">
                  <dt>Outcome</dt>
                  <dd>{r.outcome ? RUPTURE_OUTCOME_LABELS[r.outcome] : '—'}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ol>
      )}
    </CollapsiblePanel>
  );
}
