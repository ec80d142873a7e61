import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { channels } from '../../../shared/contract';
import type { Goal } from '../../../shared/goals/goal-contract';
import { localDay } from '../../../shared/dates/format-date';
import { applyServerError } from '../forms/apply-server-error';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { FormDateField } from './FormDateField';
import { FormTextArea } from './FormTextArea';
import { GoalDialog } from './GoalDialog';
import { useSetStatus } from './goals-queries';
import { UserText } from '../ui/UserText';

const schema = channels['goals:setStatus'].input;
type Input = z.input<typeof schema>;
type Output = z.output<typeof schema>;
const FIELDS = ['date', 'reason', 'status'] as const;

type Status = Output['status'];

const TEXT: Record<
  Status,
  { title: (n: number) => string; reason: string; description?: string; submit: string }
> = {
  achieved: {
    title: (n) => `Mark goal ${n} achieved`,
    reason: 'What was achieved (optional)',
    submit: 'Mark achieved',
  },
  discontinued: {
    title: (n) => `Discontinue goal ${n}`,
    reason: 'Why it is being discontinued',
    description: 'Required. The goal and its ratings stay on record.',
    submit: 'Discontinue goal',
  },
  active: {
    title: (n) => `Make goal ${n} active again`,
    reason: 'Why (optional)',
    submit: 'Make active',
  },
};

interface StatusDialogProps {
  clientId: string;
  goal: Goal;
  number: number;
  status: Status;
  onClose: () => void;
}

export function StatusDialog({ clientId, goal, number, status, onClose }: StatusDialogProps) {
  const setStatus = useSetStatus(clientId);
  const [formError, setFormError] = useState<string | null>(null);
  const { control, handleSubmit, setError } = useForm<Input, unknown, Output>({
    resolver: zodResolver(schema),
    defaultValues: { clientId, goalKey: goal.goalKey, status, date: localDay(new Date()), reason: '' },
  });
  const text = TEXT[status];

  const onSubmit = handleSubmit((values) => {
    if (setStatus.isPending) return;
    setFormError(null);
    setStatus.mutate(values, {
      onSuccess: onClose,
      onError: (error) => setFormError(applyServerError(error, FIELDS, setError)),
    });
  });

  return (
    <GoalDialog
      title={text.title(number)}
      subtitle={
        <q>
          <UserText inline text={goal.clientWords} />
        </q>
      }
      onClose={onClose}
    >
      <Form className="stack" onSubmit={onSubmit} validationBehavior="aria">
        <FormDateField control={control} name="date" label="Date" />
        <FormTextArea
          control={control}
          name="reason"
          label={text.reason}
          description={text.description}
          rows={3}
        />
        {formError && <Alert tone="error">{formError}</Alert>}
        <div className="form-actions">
          <ActionButton
            type="submit"
            variant="primary"
            isPending={setStatus.isPending}
            pendingLabel="Saving…"
          >
            {text.submit}
          </ActionButton>
          <ActionButton onPress={onClose} isDisabled={setStatus.isPending}>
            Cancel
          </ActionButton>
        </div>
      </Form>
    </GoalDialog>
  );
}
