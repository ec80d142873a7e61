import { useCallback, useId } from 'react';
import type { NoteContent } from '../../../shared/notes/note-contract';
import { FEEDBACK_ITEMS, type FeedbackKey } from '../../../shared/notes/note-formats';
import { ChoiceGroup } from '../ui/ChoiceGroup';
import { CollapsiblePanel } from './CollapsiblePanel';
import { useDraft, type DraftStore } from './draft-store';
import { feedbackSummary } from './note-labels';

const SCORES = Array.from({ length: 11 }, (_, n) => ({ value: String(n), label: String(n) }));

function FeedbackRow({ store, itemKey, text }: { store: DraftStore; itemKey: FeedbackKey; text: string }) {
  const id = useId();
  const score = useDraft(
    store,
    useCallback((c: NoteContent) => c.feedback[itemKey], [itemKey]),
  );
  return (
    <li className="feedback-row">
      <p className="feedback-row__text" id={id}>
        {text}
      </p>
      <ChoiceGroup
        look="segments"
        labelledBy={id}
        layout="scale"
        allowEmpty
        options={SCORES.map((s) => ({ ...s, ariaLabel: `${s.label} of 10` }))}
        value={score === null ? null : String(score)}
        onChange={(value) =>
          store.update((c) => ({
            ...c,
            feedback: { ...c.feedback, [itemKey]: value === null ? null : Number(value) },
          }))
        }
      />
      <p className="feedback-row__ends" aria-hidden="true">
        <span>0 not at all</span>
        <span>10 completely</span>
      </p>
    </li>
  );
}

/** The client's own end-of-session ratings, 0–10, in our own words (not a licensed scale). */
export function FeedbackPanel({ store }: { store: DraftStore }) {
  const summary = useDraft(
    store,
    useCallback((c: NoteContent) => feedbackSummary(c.feedback), []),
  );
  return (
    <CollapsiblePanel title="Client feedback" summary={summary}>
      <p className="panel-hint">Ask at the end of the session; record the client’s own numbers, 0 to 10.</p>
      <ul className="feedback-list">
        {FEEDBACK_ITEMS.map((item) => (
          <FeedbackRow key={item.key} store={store} itemKey={item.key} text={item.text} />
        ))}
      </ul>
    </CollapsiblePanel>
  );
}
