import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { Controller, useForm, type FieldPath } from 'react-hook-form';
import type { z } from 'zod';
import { channels } from '../../../shared/contract';
import { localDay } from '../../../shared/dates/format-date';
import type { Goal, GoalPlan } from '../../../shared/goals/goal-contract';
import { OBJECTIVE_PROGRESS, OBJECTIVE_PROGRESS_LABELS } from '../../../shared/goals/treatment-plan-contract';
import { applyServerError } from '../forms/apply-server-error';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { ChoiceGroup } from '../ui/ChoiceGroup';
import { FormTextField } from '../ui/FormTextField';
import { UserText } from '../ui/UserText';
import { FormDateField } from './FormDateField';
import { GoalDialog } from './GoalDialog';
import { useReviewObjectives } from './goals-queries';
import { latestObjectiveReview } from './objective-progress';
import './goal-treatment.css';

const schema = channels['goals:reviewObjectives'].input;
type Input = z.input<typeof schema>;
type Output = z.output<typeof schema>;

const OPTIONS = OBJECTIVE_PROGRESS.map((p) => ({ value: p, label: OBJECTIVE_PROGRESS_LABELS[p] }));

interface ObjectiveReviewDialogProps {
  clientId: string;
  plan: GoalPlan;
  goal: Goal;
  number: number;
  onClose: () => void;
}

/** Where each of a goal's objectives stands at this review, starting from where it stood at the last. */
export function ObjectiveReviewDialog({ clientId, plan, goal, number, onClose }: ObjectiveReviewDialogProps) {
  const review = useReviewObjectives(clientId);
  const [formError, setFormError] = useState<string | null>(null);
  const { control, handleSubmit, setError } = useForm<Input, unknown, Output>({
    resolver: zodResolver(schema),
    defaultValues: {
      clientId,
      reviewedOn: localDay(new Date()),
      entries: goal.objectives.map((o) => ({
        goalKey: goal.goalKey,
        objectiveKey: o.objectiveKey,
        progress: latestObjectiveReview(plan, goal.goalKey, o.objectiveKey)?.progress ?? 'not started',
        note: '',
      })),
    },
  });
  const fields = [
    'reviewedOn',
    'entries',
    ...goal.objectives.flatMap((_, i) => [`entries.${i}.progress`, `entries.${i}.note`]),
  ] as FieldPath<Input>[];

  const onSubmit = handleSubmit((values) => {
    if (review.isPending) return;
    setFormError(null);
    review.mutate(values, {
      onSuccess: onClose,
      onError: (error) => setFormError(applyServerError(error, fields, setError)),
    });
  });

  return (
    <GoalDialog
      title={`Review the objectives of goal ${number}`}
      subtitle={
        <q>
          <UserText inline text={goal.clientWords} />
        </q>
      }
      onClose={onClose}
    >
      <Form className="stack" onSubmit={onSubmit} validationBehavior="aria">
        <FormDateField control={control} name="reviewedOn" label="Reviewed on" />
        <ol className="objective-review">
          {goal.objectives.map((objective, i) => (
            <li key={objective.objectiveKey} className="objective-review__item">
              <p className="objective-review__text" id={`objective-review-${i}`}>
                <UserText inline text={objective.text} />
              </p>
              <Controller
                control={control}
                name={`entries.${i}.progress`}
                render={({ field, fieldState }) => (
                  <ChoiceGroup
                    look="segments"
                    layout="grid"
                    labelledBy={`objective-review-${i}`}
                    options={OPTIONS}
                    value={field.value ?? null}
                    onChange={field.onChange}
                    error={fieldState.error?.message}
                  />
                )}
              />
              <FormTextField
                control={control}
                name={`entries.${i}.note`}
                label={`Objective ${i + 1}: note`}
              />
            </li>
          ))}
        </ol>
        {formError && <Alert tone="error">{formError}</Alert>}
        <div className="form-actions">
          <ActionButton type="submit" variant="primary" isPending={review.isPending} pendingLabel="Saving…">
            Record progress
          </ActionButton>
          <ActionButton onPress={onClose} isDisabled={review.isPending}>
            Cancel
          </ActionButton>
        </div>
      </Form>
    </GoalDialog>
  );
}
