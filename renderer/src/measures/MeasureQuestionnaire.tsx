import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { MeasureInstrument, MeasureLanguage } from '../../../shared/measures/instrument';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { ChoiceGroup } from '../ui/ChoiceGroup';
import './measure-questionnaire.css';

interface MeasureQuestionnaireProps {
  instrument: MeasureInstrument;
  onSubmit: (answers: number[]) => void;
  /** Answers already given, to start from: a correction starts from the entry it corrects. */
  initialAnswers?: readonly number[];
  /** Large type for a client answering on their own (the hand-over mode). */
  size?: 'normal' | 'large';
  language?: MeasureLanguage;
  submitLabel?: string;
  isPending?: boolean;
  /** Shown above the submit button: a save error, or the caller's own fields. */
  footer?: ReactNode;
  onCancel?: () => void;
}

/**
 * One instrument's questions, answered in order. It shows the instrument's words and nothing of
 * the record, so the clinician's dialog and the client's own screen both use it. Arrow keys move
 * between the answers of a question; a number key answers it and moves on to the next.
 */
export function MeasureQuestionnaire({
  instrument,
  onSubmit,
  initialAnswers,
  size = 'normal',
  language = 'en',
  submitLabel = 'Save answers',
  isPending = false,
  footer,
  onCancel,
}: MeasureQuestionnaireProps) {
  const text = instrument.text[language];
  const [answers, setAnswers] = useState<(number | null)[]>(() =>
    text.items.map((_, i) => initialAnswers?.[i] ?? null),
  );
  const [missing, setMissing] = useState(false);
  const items = useRef<(HTMLDivElement | null)[]>([]);
  const stemId = useId();
  const answered = answers.filter((a) => a !== null).length;

  function answer(index: number, value: number) {
    setAnswers((current) => current.map((a, i) => (i === index ? value : a)));
    setMissing(false);
  }

  function focusItem(index: number) {
    const item = items.current[index];
    const radio =
      item?.querySelector<HTMLInputElement>('input[type="radio"]:checked') ??
      item?.querySelector<HTMLInputElement>('input[type="radio"]');
    radio?.focus();
  }

  function onItemKey(index: number, event: KeyboardEvent) {
    if (event.ctrlKey || event.metaKey || event.altKey || !/^\d$/.test(event.key)) return;
    const value = Number(event.key);
    if (value < instrument.itemMin || value > instrument.itemMax) return;
    event.preventDefault();
    answer(index, value);
    // At once, not on the next frame: a quick typist's next key must land on the next question.
    if (index + 1 < text.items.length) focusItem(index + 1);
  }

  function submit() {
    const complete = answers.every((a): a is number => a !== null);
    if (!complete) {
      setMissing(true);
      focusItem(answers.indexOf(null));
      return;
    }
    onSubmit(answers);
  }

  return (
    <div className={`questionnaire questionnaire--${size}`}>
      <p className="questionnaire__stem" id={stemId}>
        {text.stem}
      </p>
      <p className="questionnaire__progress" aria-live="polite">
        {answered} of {text.items.length} answered
      </p>
      <ol className="questionnaire__items" aria-describedby={stemId}>
        {text.items.map((item, index) => (
          <QuestionnaireItem
            key={index}
            index={index}
            text={item}
            options={text.options}
            min={instrument.itemMin}
            value={answers[index] ?? null}
            onChange={(value) => answer(index, value)}
            onKeyDown={(event) => onItemKey(index, event)}
            itemRef={(element) => {
              items.current[index] = element;
            }}
          />
        ))}
      </ol>
      {missing && (
        <Alert tone="error">
          Answer every question: {answers.filter((a) => a === null).length} still to answer.
        </Alert>
      )}
      {footer}
      <div className="form-actions">
        <ActionButton variant="primary" onPress={submit} isPending={isPending} pendingLabel="Saving…">
          {submitLabel}
        </ActionButton>
        {onCancel && (
          <ActionButton onPress={onCancel} isDisabled={isPending}>
            Cancel
          </ActionButton>
        )}
      </div>
    </div>
  );
}

interface QuestionnaireItemProps {
  index: number;
  text: string;
  options: readonly string[];
  min: number;
  value: number | null;
  onChange: (value: number) => void;
  onKeyDown: (event: KeyboardEvent) => void;
  itemRef: (element: HTMLDivElement | null) => void;
}

function QuestionnaireItem({
  index,
  text,
  options,
  min,
  value,
  onChange,
  onKeyDown,
  itemRef,
}: QuestionnaireItemProps) {
  const labelId = useId();
  return (
    <li className="questionnaire__item">
      <div ref={itemRef} onKeyDown={onKeyDown}>
        <p className="questionnaire__question" id={labelId}>
          <span className="questionnaire__number">{index + 1}.</span> {text}
        </p>
        <ChoiceGroup
          look="cards"
          orientation="horizontal"
          labelledBy={labelId}
          options={options.map((label, i) => ({ value: String(min + i), label, hint: String(min + i) }))}
          value={value === null ? null : String(value)}
          onChange={(next) => onChange(Number(next))}
        />
      </div>
    </li>
  );
}
