import { useCallback, useId } from 'react';
import {
  completedByClient,
  AGREEMENT_SCALE,
  FEEDBACK_FORM_1,
  FEEDBACK_FORM_2,
  FEEDBACK_MESSAGE_PROMPT,
  type Feedback,
} from '../../../shared/notes/feedback-forms';
import type { NoteContent } from '../../../shared/notes/note-contract';
import { ChoiceGroup } from '../ui/ChoiceGroup';
import { CollapsiblePanel } from '../ui/CollapsiblePanel';
import { useDraft, type DraftStore } from './draft-store';
import { HandOverButton } from './HandOverButton';
import { feedbackSummary } from './note-labels';
import { NoteTextArea } from './NoteTextArea';
import { FeedbackRead } from './VoiceRead';

const AGREEMENT = AGREEMENT_SCALE.map((p) => ({ value: String(p.value), label: p.label }));
const SCORES = Array.from({ length: 11 }, (_, n) => ({
  value: String(n),
  label: String(n),
  ariaLabel: `${n} of 10`,
}));

function setAnswer(feedback: Feedback, key: string, answer: number | null): Feedback {
  return { ...feedback, answers: { ...feedback.answers, [key]: answer } } as Feedback;
}

function FeedbackRow({ store, itemKey, text }: { store: DraftStore; itemKey: string; text: string }) {
  const id = useId();
  const form = useDraft(
    store,
    useCallback((c: NoteContent) => c.feedback.form, []),
  );
  const answer = useDraft(
    store,
    useCallback(
      (c: NoteContent) => (c.feedback.answers as Record<string, number | null>)[itemKey] ?? null,
      [itemKey],
    ),
  );
  return (
    <li className="feedback-row">
      <p className="feedback-row__text" id={id}>
        {text}
      </p>
      <ChoiceGroup
        look="segments"
        labelledBy={id}
        layout={form === 1 ? 'scale' : 'grid'}
        allowEmpty
        options={form === 1 ? SCORES : AGREEMENT}
        value={answer === null ? null : String(answer)}
        onChange={(value) =>
          store.update((c) => ({
            ...c,
            feedback: setAnswer(c.feedback, itemKey, value === null ? null : Number(value)),
          }))
        }
      />
      {form === 1 && (
        <p className="feedback-row__ends" aria-hidden="true">
          <span>0 not at all</span>
          <span>10 completely</span>
        </p>
      )}
    </li>
  );
}

function FeedbackMessage({ store, onBlur }: { store: DraftStore; onBlur: () => void }) {
  const message = useDraft(
    store,
    useCallback((c: NoteContent) => (c.feedback.form === 2 ? c.feedback.message : ''), []),
  );
  return (
    <NoteTextArea
      size="small"
      label={FEEDBACK_MESSAGE_PROMPT}
      description="Optional, in the client’s own words."
      value={message}
      onChange={(text) =>
        store.update((c) =>
          c.feedback.form === 2 ? { ...c, feedback: { ...c.feedback, message: text } } : c,
        )
      }
      onBlur={onBlur}
    />
  );
}

/**
 * The client's own end-of-session feedback, in our own words (not a licensed scale): seven
 * statements, each answered with a word. A draft answered on the earlier 0–10 form stays on it, so
 * the answers keep the wording they were given to.
 */
export function FeedbackPanel({
  store,
  onBlur,
  noteId,
  clientId,
  saveFirst,
}: {
  store: DraftStore;
  onBlur: () => void;
  noteId: string;
  clientId: string;
  saveFirst: () => Promise<boolean>;
}) {
  const feedback = useDraft(
    store,
    useCallback((c: NoteContent) => c.feedback, []),
  );
  if (completedByClient(feedback)) return <FeedbackRead feedback={feedback} />;
  const items: readonly { key: string; text: string }[] =
    feedback.form === 1 ? FEEDBACK_FORM_1 : FEEDBACK_FORM_2;
  return (
    <CollapsiblePanel title="Client feedback" summary={feedbackSummary(feedback)}>
      <p className="panel-hint">
        {feedback.form === 1
          ? 'Answered on the earlier form (0 to 10); its answers keep that form’s wording.'
          : 'Ask at the end of the session, or let the client answer. How true is each sentence for today?'}
      </p>
      <ul className="feedback-list">
        {items.map((item) => (
          <FeedbackRow key={item.key} store={store} itemKey={item.key} text={item.text} />
        ))}
      </ul>
      {feedback.form === 2 && <FeedbackMessage store={store} onBlur={onBlur} />}
      {feedback.form === 2 && <HandOverButton noteId={noteId} clientId={clientId} saveFirst={saveFirst} />}
    </CollapsiblePanel>
  );
}
