import { useEffect, useId, useRef, useState } from 'react';
import { Label, TextArea, TextField } from 'react-aria-components';
import {
  AGREEMENT_SCALE,
  FEEDBACK_FORM_2,
  FEEDBACK_MESSAGE_PROMPT,
  emptyFeedback,
  type Form2Feedback,
} from '../../../shared/notes/feedback-forms';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { ChoiceGroup } from '../ui/ChoiceGroup';
import type { ClientStepProps } from './client-step';
import { StepProgress } from './StepProgress';

export type FeedbackAnswers = Pick<Form2Feedback, 'answers' | 'message'>;

const OPTIONS = AGREEMENT_SCALE.map((p) => ({ value: String(p.value), label: p.label }));
/** Each statement is a page, and the optional message the last. */
const PAGES = FEEDBACK_FORM_2.length + 1;

/**
 * The session feedback as the client answers it: one statement a page, each answered with words,
 * then an optional message. Any answer may be left out; nothing is stored until the last page.
 */
export function FeedbackQuestions({ onDone, busy, error }: ClientStepProps<FeedbackAnswers>) {
  const [page, setPage] = useState(0);
  const [answers, setAnswers] = useState(() => emptyFeedback().answers);
  const [message, setMessage] = useState('');
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // Each new page is announced by moving to its statement.
  useEffect(() => heading.current?.focus(), [page]);

  const item = FEEDBACK_FORM_2[page];
  const last = page === PAGES - 1;
  const answer = item ? answers[item.key] : null;
  return (
    <form
      className="client-step"
      aria-labelledby={headingId}
      onSubmit={(event) => {
        event.preventDefault();
        if (busy) return;
        if (last) onDone({ answers, message });
        else setPage(page + 1);
      }}
    >
      <StepProgress current={page + 1} total={PAGES} />
      <h2 className="client-step__question" id={headingId} ref={heading} tabIndex={-1}>
        {item ? item.text : FEEDBACK_MESSAGE_PROMPT}
      </h2>
      {item ? (
        <ChoiceGroup
          look="cards"
          labelledBy={headingId}
          description="How true is this for today’s session?"
          options={OPTIONS}
          value={answer === null ? null : String(answer)}
          onChange={(value) => setAnswers({ ...answers, [item.key]: Number(value) })}
        />
      ) : (
        <TextField className="field client-step__message" value={message} onChange={setMessage}>
          <Label className="visually-hidden">{FEEDBACK_MESSAGE_PROMPT}</Label>
          <TextArea className="field__input" rows={5} maxLength={20_000} />
        </TextField>
      )}
      {error && <Alert tone="error">{error}</Alert>}
      <div className="client-step__actions">
        {page > 0 && (
          <ActionButton variant="quiet" onPress={() => setPage(page - 1)} isDisabled={busy}>
            Back
          </ActionButton>
        )}
        <ActionButton type="submit" variant="primary" isPending={busy} pendingLabel="Saving…">
          {last ? 'Finish' : answer === null ? 'Skip' : 'Next'}
        </ActionButton>
      </div>
    </form>
  );
}
