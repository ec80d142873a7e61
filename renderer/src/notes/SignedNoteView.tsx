import { useEffect, useRef } from 'react';
import { checklistScore } from '../../../shared/notes/alliance';
import { CHECKLIST_ANSWER_LABELS } from '../../../shared/notes/checklist-defaults';
import type { Note } from '../../../shared/notes/note-contract';
import { MODALITY_LABELS, NOTE_FORMATS } from '../../../shared/notes/note-formats';
import { GAS_LEVEL_LABELS } from '../../../shared/goals/gas';
import { signedLevel } from '../charts/chart-descriptions';
import { useGoalPlan } from '../goals/goals-queries';
import { Icon } from '../ui/Icon';
import { NoteAmendments } from '../amendments/NoteAmendments';
import { Addenda } from './Addenda';
import { CollapsiblePanel } from '../ui/CollapsiblePanel';
import { sessionTitle, timeRange } from './note-dates';
import { ProcessNotePanel } from './ProcessNotePanel';
import { SignatureFacts } from './SignatureFacts';
import { checklistSummary } from './note-labels';
import { FeedbackRead, RuptureRead } from './VoiceRead';
import { useChecklistGroups } from '../checklist/checklist-queries';
import { groupEntries } from '../../../shared/notes/checklist-groups';
import './signed-note.css';
import { UserText } from '../ui/UserText';
import { NoteRiskPanel } from '../risk/NoteRiskPanel';

function GoalWorkRead({ note }: { note: Note }) {
  const plan = useGoalPlan(note.clientId);
  if (note.goalWork.length === 0) return null;
  const goals = plan.data?.versions.flatMap((v) => v.goals) ?? [];
  return (
    <ul className="signed-note__goals" aria-label="Goals worked on">
      {note.goalWork.map((work) => (
        <li key={work.goalKey}>
          <p className="signed-note__goal">
            <UserText text={goals.find((g) => g.goalKey === work.goalKey)?.clientWords ?? 'A goal'} />
          </p>
          {work.level !== null && (
            <p className="muted">
              GAS {signedLevel(work.level)}: {GAS_LEVEL_LABELS[work.level]}
            </p>
          )}
          {work.note && (
            <p className="signed-note__text">
              <UserText text={work.note} />
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}

function ChecklistRead({ note }: { note: Note }) {
  const groups = useChecklistGroups();
  return (
    <CollapsiblePanel
      title="Relationship checklist"
      summary={checklistSummary(note.checklist)}
      defaultExpanded={false}
    >
      {groupEntries(note.checklist, groups.data).map(({ items, ...group }) => {
        return (
          <section key={group.key} className="checklist-group" aria-label={group.title}>
            <h4 className="checklist-group__title">{group.title}</h4>
            <dl className="read-list">
              {items.map((item) => (
                <div key={item.itemId} className="read-list__row">
                  <dt>{item.text}</dt>
                  <dd>
                    {item.answer ? CHECKLIST_ANSWER_LABELS[item.answer] : 'Not answered'}
                    {item.comment && (
                      <span className="read-list__comment">
                        <UserText inline text={item.comment} />
                      </span>
                    )}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        );
      })}
    </CollapsiblePanel>
  );
}

/**
 * A signed note: read-only, with when it was signed, its addenda underneath and a way to add one.
 * Only the private process note beside it can still change, as it is not part of the record.
 */
export function SignedNoteView({ note, focusOnOpen }: { note: Note; focusOnOpen: boolean }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnOpen) heading.current?.focus();
  }, [focusOnOpen]);
  const changed = note.signature?.intact === false;
  const facts = [
    timeRange(note.startTime, note.endTime),
    MODALITY_LABELS[note.modality],
    note.format,
    checklistScore(note.checklist) === null ? '' : `Checklist ${checklistScore(note.checklist)}%`,
  ].filter(Boolean);
  return (
    <article className="note-editor note-editor--signed" aria-labelledby={`note-${note.id}-title`}>
      <header className="note-editor__head">
        <h2 className="note-editor__title" id={`note-${note.id}-title`} ref={heading} tabIndex={-1}>
          {sessionTitle(note.sessionDate)}
        </h2>
        {changed ? (
          <span className="note-chip note-chip--changed">
            <Icon name="alert" size={16} /> Changed after signing
          </span>
        ) : (
          <span className="note-chip note-chip--signed">
            <Icon name="lock" size={16} /> Signed
          </span>
        )}
      </header>
      <div className="signed-note__meta">
        {note.signedAt && (
          <SignatureFacts
            what="note"
            signedAt={note.signedAt}
            signedBy={note.signedBy}
            contentHash={note.contentHash}
            intact={!changed}
          />
        )}
        <p>Locked: corrections go in an addendum below.</p>
        <p>{facts.join(' · ')}</p>
        {note.attendees && (
          <p>
            Attendees: <UserText inline text={note.attendees} />
          </p>
        )}
      </div>
      <div className="note-editor__columns">
        <div className="note-editor__main">
          {NOTE_FORMATS[note.format].map((section) => (
            <section key={section.key} className="signed-note__section" aria-label={section.title}>
              <h3 className="signed-note__heading">{section.title}</h3>
              {note.body[section.key]?.trim() ? (
                <p className="signed-note__text">
                  <UserText text={note.body[section.key] ?? ''} />
                </p>
              ) : (
                <p className="muted">Nothing written.</p>
              )}
              {note.format === 'GIRP' && section.key === 'goal' && <GoalWorkRead note={note} />}
            </section>
          ))}
          <Addenda note={note} />
          <NoteAmendments noteId={note.id} />
        </div>
        <div
          className="note-editor__side"
          role="group"
          aria-label="Relationship, feedback, ruptures and risk"
        >
          <ChecklistRead note={note} />
          <FeedbackRead feedback={note.feedback} />
          <RuptureRead note={note} />
          <NoteRiskPanel note={note} />
        </div>
        <div className="note-editor__private">
          <ProcessNotePanel note={note} />
        </div>
      </div>
    </article>
  );
}
