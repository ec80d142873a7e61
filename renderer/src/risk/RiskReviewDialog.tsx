import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState, type ReactNode } from 'react';
import { Form } from 'react-aria-components';
import { Controller, useForm, type Control } from 'react-hook-form';
import { localDay } from '../../../shared/dates/format-date';
import {
  ANSWER_LABELS,
  ANSWERS,
  JUDGEMENT_LABELS,
  JUDGEMENTS,
  RISK_QUESTIONS,
  riskReviewFields,
  SUICIDAL_THOUGHTS,
  THOUGHTS_LABELS,
  type RiskQuestion,
  type RiskReview,
  type RiskReviewFields,
  type RiskReviewFieldsInput,
} from '../../../shared/risk/risk-contract';
import { FormDateField } from '../goals/FormDateField';
import { FormTextArea } from '../goals/FormTextArea';
import { GoalDialog } from '../goals/GoalDialog';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { ChoiceGroup } from '../ui/ChoiceGroup';
import { useRecordRisk, useUpdateRisk } from './risk-queries';
import './risk-review-dialog.css';

export type RiskReviewSource =
  { kind: 'intake' } | { kind: 'note'; noteId: string } | { kind: 'measure'; measureId: string };

const SUBTITLES: Record<RiskReviewSource['kind'], string> = {
  intake: 'At intake. Once saved it is part of the record: a later review supersedes it.',
  note: 'In this session’s note. It can change until the note is signed.',
  measure: 'After a measure. Once saved it is part of the record: a later review supersedes it.',
};

interface RiskReviewDialogProps {
  clientId: string;
  source: RiskReviewSource;
  /** A review in a draft note, to change; without it a new review is recorded. */
  review?: RiskReview;
  /** The day a new review is dated: the session's, for a note. */
  reviewedOn?: string;
  /** What prompted the review, shown above the form: the measure's answer that raised it. */
  context?: ReactNode;
  onClose: () => void;
}

const JUDGEMENT_HINTS = {
  low: 'No more than the usual watchfulness',
  moderate: 'Review again soon; plan what helps',
  high: 'Act now and review often',
} as const;

function QuestionRow({
  control,
  question,
}: {
  control: Control<RiskReviewFieldsInput>;
  question: RiskQuestion;
}) {
  const labelId = useId();
  const label = RISK_QUESTIONS.find((q) => q.key === question)!.label;
  return (
    <div className="risk-question">
      <span id={labelId} className="risk-question__label">
        {label}
      </span>
      <Controller
        control={control}
        name={question}
        render={({ field }) => (
          <ChoiceGroup
            look="segments"
            labelledBy={labelId}
            options={ANSWERS.map((a) => ({ value: a, label: ANSWER_LABELS[a] }))}
            value={field.value ?? null}
            onChange={field.onChange}
          />
        )}
      />
    </div>
  );
}

function emptyReview(reviewedOn: string): RiskReviewFieldsInput {
  return {
    reviewedOn,
    intent: 'not-asked',
    plan: 'not-asked',
    means: 'not-asked',
    pastAttempts: 'not-asked',
    selfHarm: 'not-asked',
    harmToOthers: 'not-asked',
    harmFromOthers: 'not-asked',
    protectiveFactors: '',
    reasons: '',
    actions: '',
  } as RiskReviewFieldsInput;
}

function fieldsOf(review: RiskReview): RiskReviewFields {
  const { reviewedOn, suicidalThoughts, judgement, reasons, actions, protectiveFactors } = review;
  const answers = Object.fromEntries(RISK_QUESTIONS.map(({ key }) => [key, review[key]]));
  return {
    reviewedOn,
    suicidalThoughts,
    judgement,
    reasons,
    actions,
    protectiveFactors,
    ...answers,
  } as RiskReviewFields;
}

/**
 * Records a risk review, or changes one while its note is a draft. Everything is asked in plain
 * words; the judgement is the clinician's own, with the reasons for it.
 */
export function RiskReviewDialog({
  clientId,
  source,
  review,
  reviewedOn,
  context,
  onClose,
}: RiskReviewDialogProps) {
  const record = useRecordRisk();
  const update = useUpdateRisk();
  const pending = record.isPending || update.isPending;
  const [formError, setFormError] = useState<string | null>(null);
  const { control, handleSubmit } = useForm<RiskReviewFieldsInput, unknown, RiskReviewFields>({
    resolver: zodResolver(riskReviewFields),
    defaultValues: review ? fieldsOf(review) : emptyReview(reviewedOn ?? localDay(new Date())),
  });

  const onSubmit = handleSubmit((values) => {
    if (pending) return;
    setFormError(null);
    const done = { onSuccess: onClose, onError: (error: Error) => setFormError(error.message) };
    if (review) update.mutate({ id: review.id, ...values }, done);
    else record.mutate({ clientId, source, ...values }, done);
  });

  return (
    <GoalDialog
      title={review ? 'Change the risk review' : 'Record a risk review'}
      subtitle={SUBTITLES[source.kind]}
      onClose={onClose}
      width="wide"
    >
      <Form className="stack risk-review-form" onSubmit={onSubmit} validationBehavior="aria">
        {context && <div className="risk-review-form__context">{context}</div>}
        <FormDateField control={control} name="reviewedOn" label="Date of the review" />
        <Controller
          control={control}
          name="suicidalThoughts"
          render={({ field, fieldState }) => (
            <ChoiceGroup
              look="cards"
              label="Suicidal thoughts"
              options={SUICIDAL_THOUGHTS.map((t) => ({ value: t, label: THOUGHTS_LABELS[t] }))}
              value={field.value ?? null}
              onChange={field.onChange}
              error={fieldState.error?.message}
            />
          )}
        />
        <fieldset className="risk-questions">
          <legend className="field__label">What the client said</legend>
          {RISK_QUESTIONS.map(({ key }) => (
            <QuestionRow key={key} control={control} question={key} />
          ))}
        </fieldset>
        <FormTextArea
          control={control}
          name="protectiveFactors"
          label="What keeps them safe (protective factors)"
        />
        <Controller
          control={control}
          name="judgement"
          render={({ field, fieldState }) => (
            <ChoiceGroup
              look="cards"
              label="Your overall judgement"
              orientation="horizontal"
              options={JUDGEMENTS.map((j) => ({
                value: j,
                label: JUDGEMENT_LABELS[j],
                hint: JUDGEMENT_HINTS[j],
              }))}
              value={field.value ?? null}
              onChange={field.onChange}
              error={fieldState.error?.message}
            />
          )}
        />
        <FormTextArea control={control} name="reasons" label="Why you judge it so" rows={3} />
        <FormTextArea control={control} name="actions" label="Actions taken (optional)" />
        {formError && <Alert tone="error">{formError}</Alert>}
        <div className="form-actions">
          <ActionButton type="submit" variant="primary" isPending={pending} pendingLabel="Saving…">
            {review ? 'Save changes' : 'Save risk review'}
          </ActionButton>
          <ActionButton onPress={onClose} isDisabled={pending}>
            Cancel
          </ActionButton>
        </div>
      </Form>
    </GoalDialog>
  );
}
