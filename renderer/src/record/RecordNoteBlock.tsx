import { formatDate } from '../../../shared/dates/format-date';
import { formatClock, formatMoment } from '../../../shared/dates/format-moment';
import { MODALITY_LABELS } from '../../../shared/notes/note-formats';
import type { RecordLine, RecordNote, RecordSignature } from '../../../shared/record/record-document';
import { useContext } from 'react';
import { plainWords } from '../../../shared/text/plain-words';
import { ScriptLanguagesContext } from '../ui/script-languages';
import { UserText } from '../ui/UserText';
import { RecordAmendments } from './RecordAmendments';
import { RecordChecklist } from './RecordChecklist';

function time(note: RecordNote): string {
  if (!note.startTime) return '';
  const start = formatClock(note.startTime);
  return note.endTime ? `${start}–${formatClock(note.endTime)}` : start;
}

/**
 * "Signed 12 Mar 2026, 14:32 by Dr Ana Ruiz, PsyD · fingerprint 3f2a 9c01 b7e4", and a warning when
 * it no longer matches. One piece of text where the signer's name reads the same as plain words
 * (one node in the tagged PDF rather than four, on every note and addendum).
 */
function Signature({ signature, what }: { signature: RecordSignature; what: string }) {
  const languages = useContext(ScriptLanguagesContext);
  const signed = `Signed ${formatMoment(signature.signedAt)}`;
  const fingerprint = ` · fingerprint ${signature.fingerprint}`;
  const by = signature.signedBy;
  return (
    <p className="record__signature">
      {!by || plainWords(by, languages) ? (
        `${signed}${by ? ` by ${by}` : ''}${fingerprint}`
      ) : (
        <>
          {`${signed} by `}
          <UserText inline text={by} />
          {fingerprint}
        </>
      )}
      {!signature.intact && (
        <strong className="record__changed">
          {' '}
          This {what} was changed after it was signed: what is printed is not what was signed.
        </strong>
      )}
    </p>
  );
}

/**
 * Labels beside their values. Questions with short answers (a risk review) give the label the
 * width; short labels over the clinician's own sentences (a rupture) give it to the value, so a
 * repair note reads across the page rather than down a narrow column.
 */
function Lines({ lines, wide = 'label' }: { lines: readonly RecordLine[]; wide?: 'label' | 'value' }) {
  return (
    <dl className={wide === 'value' ? 'record__lines record__lines--details' : 'record__lines'}>
      {lines.map((line, i) => (
        <div key={i} className="record__line">
          <dt>{line.label}</dt>
          <dd>
            <UserText text={line.value} />
            {line.comment && (
              <span className="record__comment">
                <UserText text={line.comment} />
              </span>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * The client's feedback under the words of its form. Statements and answers are Rapport's own
 * words, so each statement is a line of one piece of text ("I felt listened to and understood:
 * Completely true"): a tagged PDF holds a node for every piece, and a 300-note record had seven
 * rows of four for each note. The client's own message keeps its isolated line.
 */
function Feedback({ feedback }: { feedback: NonNullable<RecordNote['feedback']> }) {
  const statements = feedback.items.map((item) => `${item.label.replace(/\.$/, '')}: ${item.value}`);
  return (
    <div className="record__part">
      <h4>Client feedback</h4>
      <p className="record__empty">{feedback.intro}</p>
      {statements.length > 0 && <p className="record__feedback">{statements.join('\n')}</p>}
      {feedback.message && <Passage label={feedback.message.label} text={feedback.message.value} />}
    </div>
  );
}

function Passage({ label, text }: { label: string; text: string }) {
  if (!text.trim()) return null;
  return (
    <div className="record__passage">
      <p className="record__label">{label}</p>
      <p className="record__text">
        <UserText text={text} />
      </p>
    </div>
  );
}

function Ruptures({ note }: { note: RecordNote }) {
  if (note.ruptures.length === 0) return null;
  const none = (list: readonly string[]) => (list.length ? list.join('; ') : 'None recorded');
  return (
    <div className="record__part">
      <h4>Rupture and repair</h4>
      {note.ruptures.map((r, i) => (
        <div key={i} className="record__rupture">
          <p className="record__label">
            Rupture {i + 1}: {r.kind}
          </p>
          <Lines
            wide="value"
            lines={[
              { label: 'Markers seen', value: none(r.markers) },
              { label: 'Raised by', value: r.raisedBy || 'Not recorded' },
              { label: 'Repair tried', value: none(r.repairs) },
              { label: 'What happened and what helped', value: r.repairNote || '—' },
              { label: 'Outcome', value: r.outcome || 'Not recorded' },
            ]}
          />
        </div>
      ))}
    </div>
  );
}

function RiskReviews({ note }: { note: RecordNote }) {
  if (note.riskReviews.length === 0) return null;
  return (
    <div className="record__part">
      <h4>Risk review</h4>
      {note.riskReviews.map((review, i) => (
        <div key={i} className="record__risk">
          <p className="record__label">
            Reviewed {formatDate(review.reviewedOn)} · judged {review.judgement.toLowerCase()} · recorded{' '}
            {formatMoment(review.recordedAt)}
            {review.recordedBy && (
              <>
                {' by '}
                <UserText inline text={review.recordedBy} />
              </>
            )}
          </p>
          <Lines lines={[{ label: 'Suicidal thoughts', value: review.thoughts }, ...review.answers]} />
          <Passage label="Protective factors" text={review.protectiveFactors} />
          <Passage label="Why the risk is judged so" text={review.reasons} />
          <Passage label="Actions" text={review.actions} />
        </div>
      ))}
    </div>
  );
}

/**
 * One progress note as the record holds it: its sections in its format's order (with goal work
 * under a GIRP goal), the relationship checklist, the client's feedback in the words of the form
 * they answered, ruptures, risk reviews, the signature, then the addenda in the order they were signed
 * and the decided requests to amend it.
 */
export function RecordNoteBlock({ note }: { note: RecordNote }) {
  const facts = [time(note), MODALITY_LABELS[note.modality], `${note.format} note`].filter(Boolean);
  return (
    <article className="record__note" aria-labelledby={`record-note-${note.id}`}>
      <div className="record__note-head">
        <h2 id={`record-note-${note.id}`}>{`Session of ${formatDate(note.date)}`}</h2>
        <p className="record__facts">
          {facts.join(' · ')}
          {note.attendees && (
            <>
              {' · Attendees: '}
              <UserText inline text={note.attendees} />
            </>
          )}
        </p>
        {note.signature ? (
          <Signature signature={note.signature} what="note" />
        ) : (
          <p className="record__draft">DRAFT: not signed. This note is unfinished and may still change.</p>
        )}
      </div>
      {note.sections.map((section) => (
        <div key={section.title} className="record__section">
          <h3>{section.title}</h3>
          {section.text.trim() ? (
            <p className="record__text">
              <UserText text={section.text} />
            </p>
          ) : (
            <p className="record__empty">Nothing written.</p>
          )}
          {section.goalWork.map((work, i) => (
            <div key={i} className="record__goal">
              <p className="record__label">
                Goal: <UserText inline text={work.goal} />
                {work.level && ` · rated ${work.level.toLowerCase()}`}
              </p>
              {work.note && (
                <p className="record__text">
                  <UserText text={work.note} />
                </p>
              )}
            </div>
          ))}
        </div>
      ))}
      {note.checklist.length > 0 && <RecordChecklist groups={note.checklist} />}
      {note.feedback && <Feedback feedback={note.feedback} />}
      <Ruptures note={note} />
      <RiskReviews note={note} />
      {note.addenda.map((addendum, i) => (
        <div key={i} className="record__addendum">
          <h4>Addendum {i + 1}</h4>
          <Signature signature={addendum} what="addendum" />
          <p className="record__text">
            <UserText text={addendum.body} />
          </p>
        </div>
      ))}
      <RecordAmendments note={note} />
      {note.processNote && (
        <div className="record__process">
          <h4>Psychotherapy note (process note)</h4>
          <p className="record__empty">
            Kept apart from the record. Included in this copy by the clinician’s choice; last changed{' '}
            {formatMoment(note.processNote.updatedAt)}.
          </p>
          <p className="record__text">
            <UserText text={note.processNote.body} />
          </p>
        </div>
      )}
    </article>
  );
}
