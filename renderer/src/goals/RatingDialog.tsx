import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { Controller, useForm, type Control } from 'react-hook-form';
import { z } from 'zod';
import { channels } from '../../../shared/contract';
import { GAS_LEVEL_LABELS, type GasLevel } from '../../../shared/goals/gas';
import type { Goal } from '../../../shared/goals/goal-contract';
import { localDay } from '../../../shared/dates/format-date';
import { signedLevel } from '../charts/chart-descriptions';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { ChoiceGroup } from '../ui/ChoiceGroup';
import { FormDateField } from './FormDateField';
import { FormTextArea } from './FormTextArea';
import { GoalDialog } from './GoalDialog';
import { useRate } from './goals-queries';
import { LADDER, levelKey } from './ladder-levels';
import './rating-dialog.css';
import { UserText } from '../ui/UserText';

const rate = channels['goals:rate'].input.shape;
const schema = z
  .object({
    ratedOn: rate.ratedOn,
    client: rate.level.nullable(),
    clientComment: rate.comment,
    clinician: rate.level.nullable(),
    clinicianComment: rate.comment,
  })
  .refine((v) => v.client !== null || v.clinician !== null, {
    path: ['client'],
    message: 'Choose the client’s rating, yours, or both.',
  });
type Input = z.input<typeof schema>;
type Output = z.output<typeof schema>;

interface RatingDialogProps {
  clientId: string;
  goal: Goal;
  number: number;
  onClose: () => void;
}

function RaterColumn({
  control,
  goal,
  rater,
}: {
  control: Control<Input>;
  goal: Goal;
  rater: 'client' | 'clinician';
}) {
  const title = rater === 'client' ? 'The client’s rating' : 'Your rating (clinician)';
  return (
    <div className={`goal-rater goal-rater--${rater}`}>
      <Controller
        control={control}
        name={rater}
        render={({ field, fieldState }) => (
          <ChoiceGroup
            look="cards"
            label={title}
            orientation="vertical"
            options={LADDER.map((level: GasLevel) => ({
              value: String(level),
              label: (
                <>
                  <span className="goal-rater__level">{signedLevel(level)}</span> {GAS_LEVEL_LABELS[level]}
                  {level === goal.baseline && <span className="goal-rater__baseline"> (baseline)</span>}
                </>
              ),
              hint: <UserText inline text={goal.levels[levelKey(level)]} />,
            }))}
            value={field.value === null || field.value === undefined ? null : String(field.value)}
            onChange={(v) => field.onChange(Number(v))}
            error={fieldState.error?.message}
          />
        )}
      />
      <FormTextArea
        control={control}
        name={rater === 'client' ? 'clientComment' : 'clinicianComment'}
        label={rater === 'client' ? 'What the client said (optional)' : 'Your comment (optional)'}
      />
    </div>
  );
}

/**
 * Rates one goal on its ladder. The client's rating and the clinician's are separate answers,
 * side by side and labelled, and stored as separate records; either may be left out.
 */
export function RatingDialog({ clientId, goal, number, onClose }: RatingDialogProps) {
  const rateGoal = useRate(clientId);
  const [formError, setFormError] = useState<string | null>(null);
  const { control, handleSubmit } = useForm<Input, unknown, Output>({
    resolver: zodResolver(schema),
    defaultValues: {
      ratedOn: localDay(new Date()),
      client: null,
      clientComment: '',
      clinician: null,
      clinicianComment: '',
    },
  });

  const onSubmit = handleSubmit((values) => {
    if (rateGoal.isPending) return;
    setFormError(null);
    const base = { clientId, goalKey: goal.goalKey, ratedOn: values.ratedOn };
    const ratings = [
      values.client === null
        ? null
        : { ...base, rater: 'client' as const, level: values.client, comment: values.clientComment },
      values.clinician === null
        ? null
        : { ...base, rater: 'clinician' as const, level: values.clinician, comment: values.clinicianComment },
    ].filter((r) => r !== null);
    rateGoal.mutate(ratings, {
      onSuccess: onClose,
      onError: (error) => setFormError(error.message),
    });
  });

  return (
    <GoalDialog
      title={`Rate progress on goal ${number}`}
      subtitle={
        <q>
          <UserText inline text={goal.clientWords} />
        </q>
      }
      onClose={onClose}
      width="wide"
    >
      <Form className="stack" onSubmit={onSubmit} validationBehavior="aria">
        <FormDateField control={control} name="ratedOn" label="Date of the rating" />
        <div className="rating-dialog__raters">
          <RaterColumn control={control} goal={goal} rater="client" />
          <RaterColumn control={control} goal={goal} rater="clinician" />
        </div>
        {formError && <Alert tone="error">{formError}</Alert>}
        <div className="form-actions">
          <ActionButton type="submit" variant="primary" isPending={rateGoal.isPending} pendingLabel="Saving…">
            Save ratings
          </ActionButton>
          <ActionButton onPress={onClose} isDisabled={rateGoal.isPending}>
            Cancel
          </ActionButton>
        </div>
      </Form>
    </GoalDialog>
  );
}
