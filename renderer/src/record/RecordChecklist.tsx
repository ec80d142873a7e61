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

/** The items given each answer, in the order a reader scans them. */
function answered(group: Group) {
  return ANSWER_ORDER.map((answer) => ({
    answer,
    given: group.items.filter((item) => item.answer === answer),
  })).filter((run) => run.given.length > 0);
}

/**
 * "Observed: item; item (its comment)", one line per answer given in the group. Where every item
 * reads the same as plain words (plainWords) and has no comment, the group's lines are one piece
 * of text broken into lines: a tagged PDF holds a node for every piece of text, and in a 300-note
 * record the checklists were a third of them. Otherwise each item keeps its own isolated element.
 */
function AnswerRuns({ group }: { group: Group }) {
  const languages = useContext(ScriptLanguagesContext);
  const runs = answered(group);
  const plain = group.items.every((item) => !item.comment.trim() && plainWords(item.label, languages));
  if (plain) {
    const lines = runs.map(
      ({ answer, given }) => `${answerWords(answer)}: ${given.map((item) => item.label).join('; ')}`,
    );
    return <span className="record__runs">{lines.join('\n')}</span>;
  }
  return runs.map(({ answer, given }) => (
    <span key={answer ?? 'none'} className="record__run">
      <span className="record__answer">{`${answerWords(answer)}:`}</span>{' '}
      {given.map((item, i) => (
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
  ));
}

/** A group's title: Rapport's words or the clinician's, isolated only where that changes how it reads. */
function GroupTitle({ title }: { title: string }) {
  const languages = useContext(ScriptLanguagesContext);
  return (
    <span className="record__group-title">
      {plainWords(title, languages) ? title : <UserText inline text={title} />}
    </span>
  );
}

/**
 * The relationship checklist of one note, compactly: beside each group's title, one line per answer
 * with the items given it, so a note's 24 items take a few lines rather than a page. A group
 * nobody answered is summarised by its count, and a checklist nobody answered by one sentence;
 * every item answered or commented on is still printed with its answer. Plain elements, not a
 * description list: each group reads as its title then its lines, with fewer nodes in the PDF.
 */
export function RecordChecklist({ groups }: { groups: Group[] }) {
  const all = groups.flatMap((group) => group.items);
  return (
    <div className="record__part">
      <h4>Relationship checklist</h4>
      {all.every(blank) ? (
        <p className="record__empty">Not filled in: none of its {items(all.length)} was answered.</p>
      ) : (
        <div className="record__checklist">
          {groups.map((group) => (
            <div key={group.title} className="record__checklist-group">
              <GroupTitle title={group.title} />
              {group.items.every(blank) ? (
                <span className="record__empty">Not answered ({items(group.items.length)}).</span>
              ) : (
                <span className="record__group-answers">
                  <AnswerRuns group={group} />
                </span>
              )}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
