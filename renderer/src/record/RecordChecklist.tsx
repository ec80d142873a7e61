import { Fragment, useContext } from 'react';
import { CHECKLIST_ANSWERS, CHECKLIST_ANSWER_LABELS } from '../../../shared/notes/checklist-defaults';
import type { RecordChecklistItem, RecordNote } from '../../../shared/record/record-document';
import { ScriptLanguagesContext } from '../ui/script-languages';
import { UserText } from '../ui/UserText';
import { plainWords } from '../../../shared/text/plain-words';

type Group = RecordNote['checklist'][number];

/** The answers in the order a reader scans them, then what was left unanswered. */
const ANSWER_ORDER = [...CHECKLIST_ANSWERS, null] as const;

function answerWords(answer: RecordChecklistItem['answer']): string {
  return answer ? CHECKLIST_ANSWER_LABELS[answer] : 'Not answered';
}

/** Left unanswered and without a comment: nothing to print but the count. */
function blank(item: RecordChecklistItem): boolean {
  return item.answer === null && !item.comment.trim();
}

function items(count: number): string {
  return `${count} ${count === 1 ? 'item' : 'items'}`;
}

/**
 * "Observed: item; item (its comment)", one line per answer given in the group. The items are one
 * piece of text where that reads the same (plainWords): a tagged PDF holds a node for every piece
 * of text, and in a 300-note record these lines were a third of them.
 */
function AnswerRuns({ group }: { group: Group }) {
  const languages = useContext(ScriptLanguagesContext);
  return ANSWER_ORDER.map((answer) => {
    const given = group.items.filter((item) => item.answer === answer);
    if (given.length === 0) return null;
    // A comment keeps its own muted element.
    const plain = given.every((item) => !item.comment.trim() && plainWords(item.label, languages));
    return (
      <span key={answer ?? 'none'} className="record__run">
        <span className="record__answer">{`${answerWords(answer)}:`}</span>
        {plain ? ` ${given.map((item) => item.label).join('; ')}` : ' '}
        {!plain &&
          given.map((item, i) => (
            <Fragment key={i}>
              {i > 0 && '; '}
              <UserText inline text={item.label} />
              {item.comment.trim() && (
                <span className="record__comment-inline">
                  {' ('}
                  <UserText inline text={item.comment} />)
                </span>
              )}
            </Fragment>
          ))}
      </span>
    );
  });
}

/**
 * The relationship checklist of one note, compactly: beside each group's title, one line per answer
 * with the items given it, so a note's 24 items take a few lines rather than a page. A group
 * nobody answered is summarised by its count, and a checklist nobody answered by one sentence;
 * every item answered or commented on is still printed with its answer.
 */
export function RecordChecklist({ groups }: { groups: Group[] }) {
  const all = groups.flatMap((group) => group.items);
  return (
    <section className="record__part">
      <h4>Relationship checklist</h4>
      {all.every(blank) ? (
        <p className="record__empty">Not filled in: none of its {items(all.length)} was answered.</p>
      ) : (
        <dl className="record__checklist">
          {groups.map((group) => (
            <div key={group.title} className="record__checklist-group">
              <dt>
                <UserText inline text={group.title} />
              </dt>
              <dd>
                {group.items.every(blank) ? (
                  <span className="record__empty">Not answered ({items(group.items.length)}).</span>
                ) : (
                  <AnswerRuns group={group} />
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
