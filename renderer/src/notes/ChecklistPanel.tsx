import { memo, useCallback, useId, useState } from 'react';
import {
  CHECKLIST_ANSWER_LABELS,
  CHECKLIST_ANSWERS,
  CHECKLIST_GROUPS,
  type ChecklistAnswer,
} from '../../../shared/notes/checklist-defaults';
import type { Note, NoteContent } from '../../../shared/notes/note-contract';
import { ChoiceGroup } from '../ui/ChoiceGroup';
import { CollapsiblePanel } from './CollapsiblePanel';
import { useDraft, type DraftStore } from './draft-store';
import { checklistSummary } from './note-labels';

type Item = Note['checklist'][number];
type Answer = NoteContent['checklist'][number];

const ANSWER_CHOICES = CHECKLIST_ANSWERS.map((a) => ({ value: a, label: CHECKLIST_ANSWER_LABELS[a] }));

const ChecklistRow = memo(function ChecklistRow({ store, item }: { store: DraftStore; item: Item }) {
  const textId = useId();
  const answer = useDraft(
    store,
    useCallback((c: NoteContent) => c.checklist.find((a) => a.itemId === item.itemId), [item.itemId]),
  );
  const [commenting, setCommenting] = useState(false);
  const update = (change: Partial<Answer>) =>
    store.update((c) => ({
      ...c,
      checklist: c.checklist.map((a) => (a.itemId === item.itemId ? { ...a, ...change } : a)),
    }));
  const comment = answer?.comment ?? '';
  return (
    <li className="checklist-row">
      <p className="checklist-row__text" id={textId}>
        {item.text}
      </p>
      <ChoiceGroup<ChecklistAnswer>
        look="segments"
        labelledBy={textId}
        layout="grid"
        allowEmpty
        options={ANSWER_CHOICES}
        value={answer?.answer ?? null}
        onChange={(value) => update({ answer: value })}
      />
      {commenting || comment ? (
        <label className="checklist-row__comment">
          <span className="visually-hidden">Comment on: {item.text}</span>
          <input
            className="checklist-row__comment-input"
            value={comment}
            dir="auto"
            maxLength={500}
            placeholder="Comment"
            autoFocus={commenting && !comment}
            onChange={(event) => update({ comment: event.target.value })}
            onBlur={() => setCommenting(false)}
          />
        </label>
      ) : (
        <button type="button" className="checklist-row__add-comment" onClick={() => setCommenting(true)}>
          Add a comment<span className="visually-hidden"> on: {item.text}</span>
        </button>
      )}
    </li>
  );
});

/**
 * The relationship checklist, in its seven groups. The items are the ones in force when the note was
 * started; each can be answered observed, partly, not observed or not addressed, or left blank.
 */
export function ChecklistPanel({ store, items }: { store: DraftStore; items: readonly Item[] }) {
  const summary = useDraft(
    store,
    useCallback((c: NoteContent) => checklistSummary(c.checklist), []),
  );
  return (
    <CollapsiblePanel title="Relationship checklist" summary={summary}>
      <p className="panel-hint">
        Press an answer again to clear it. “Not addressed” is left out of the score.
      </p>
      {CHECKLIST_GROUPS.map((group) => {
        const inGroup = items.filter((i) => i.group === group.key);
        if (inGroup.length === 0) return null;
        return (
          <section key={group.key} className="checklist-group" aria-label={group.title}>
            <h4 className="checklist-group__title">{group.title}</h4>
            <ul className="checklist-group__items">
              {inGroup.map((item) => (
                <ChecklistRow key={item.itemId} store={store} item={item} />
              ))}
            </ul>
          </section>
        );
      })}
    </CollapsiblePanel>
  );
}
