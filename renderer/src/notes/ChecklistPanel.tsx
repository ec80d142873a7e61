import { memo, useCallback, useId, useState } from 'react';
import { Button, Disclosure, DisclosurePanel, Heading } from 'react-aria-components';
import {
  CHECKLIST_ANSWER_LABELS,
  CHECKLIST_ANSWERS,
  type ChecklistAnswer,
} from '../../../shared/notes/checklist-defaults';
import type { Note, NoteContent } from '../../../shared/notes/note-contract';
import { checklistScore } from '../../../shared/notes/alliance';
import { ChoiceGroup } from '../ui/ChoiceGroup';
import { CollapsiblePanel } from '../ui/CollapsiblePanel';
import { useDraft, type DraftStore } from './draft-store';
import { checklistSummary } from './note-labels';
import { useChecklistGroups } from '../checklist/checklist-queries';
import { groupEntries } from '../../../shared/notes/checklist-groups';
import './checklist-panel.css';

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
        layout="row"
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
          Comment<span className="visually-hidden"> on: {item.text}</span>
        </button>
      )}
    </li>
  );
});

function GroupOfItems({ store, title, items }: { store: DraftStore; title: string; items: Item[] }) {
  const ids = items.map((item) => item.itemId).join(',');
  const answered = useDraft(
    store,
    useCallback(
      (c: NoteContent) => {
        const inGroup = new Set(ids.split(',').map(Number));
        return c.checklist.filter((a) => inGroup.has(a.itemId) && a.answer !== null).length;
      },
      [ids],
    ),
  );
  return (
    <Disclosure className="checklist-group" defaultExpanded>
      <Heading level={4} className="checklist-group__heading">
        <Button slot="trigger" className="checklist-group__trigger">
          <span className="checklist-group__title">{title}</span>
          <span className="checklist-group__count">
            {answered} of {items.length}
          </span>
        </Button>
      </Heading>
      <DisclosurePanel className="checklist-group__panel">
        <ul className="checklist-group__items" aria-label={title}>
          {items.map((item) => (
            <ChecklistRow key={item.itemId} store={store} item={item} />
          ))}
        </ul>
      </DisclosurePanel>
    </Disclosure>
  );
}

/** The score in words: what it is out of, and how each answer counts. */
function ScoreMeaning({ store }: { store: DraftStore }) {
  const score = useDraft(
    store,
    useCallback((c: NoteContent) => checklistScore(c.checklist), []),
  );
  return (
    <p className="panel-hint checklist-score">
      {score !== null && <strong className="checklist-score__value">Score {score}%. </strong>}
      Observed counts in full, partly as half, not observed as none; “Not addressed” is left out. Press an
      answer again to clear it; a group’s title folds it away.
    </p>
  );
}

/**
 * The relationship checklist, in its groups, each folding to a count of what is answered. The
 * items are the ones in force when the note was started; each can be answered observed, partly, not
 * observed or not addressed, or left blank. A row is the item and its four answers side by side.
 */
export function ChecklistPanel({ store, items }: { store: DraftStore; items: readonly Item[] }) {
  const summary = useDraft(
    store,
    useCallback((c: NoteContent) => checklistSummary(c.checklist), []),
  );
  const groups = useChecklistGroups();
  return (
    <CollapsiblePanel title="Relationship checklist" summary={summary}>
      <div className="checklist-panel">
        <ScoreMeaning store={store} />
        {groupEntries(items, groups.data).map((group) => (
          <GroupOfItems key={group.key} store={store} title={group.title} items={group.items} />
        ))}
      </div>
    </CollapsiblePanel>
  );
}
