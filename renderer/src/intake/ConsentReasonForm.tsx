import { zodResolver } from '@hookform/resolvers/zod';
import { Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { SHORT } from '../../../shared/clients/intake-schema';
import { FormTextArea } from '../goals/FormTextArea';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';

const reasonForm = z.object({
  reason: z
    .string()
    .trim()
    .min(1, 'Say why the intake is complete without a signed consent.')
    .max(SHORT, 'Keep this under 500 characters.'),
});
type ReasonForm = z.output<typeof reasonForm>;

/**
 * Shown when finishing the intake was refused for want of a signed informed consent: the clinician
 * either goes to have it signed, or records why the intake is complete without it.
 */
export function ConsentReasonForm({
  message,
  isPending,
  onFinish,
  onCancel,
}: {
  message: string;
  isPending: boolean;
  onFinish: (reason: string) => void;
  onCancel: () => void;
}) {
  const { control, handleSubmit } = useForm<ReasonForm>({
    resolver: zodResolver(reasonForm),
    defaultValues: { reason: '' },
  });
  return (
    <Form
      className="stack"
      onSubmit={handleSubmit((values) => onFinish(values.reason))}
      validationBehavior="aria"
      aria-label="Finish without a signed consent"
    >
      <Alert tone="warning">{message}</Alert>
      <FormTextArea
        control={control}
        name="reason"
        label="Why the intake is complete without it"
        description="Kept with the client’s record. The consent can still be signed later from the overview."
        autoFocus
      />
      <div className="form-actions">
        <ActionButton type="submit" variant="primary" isPending={isPending} pendingLabel="Saving…">
          Finish without a signed consent
        </ActionButton>
        <ActionButton onPress={onCancel} isDisabled={isPending}>
          Not now
        </ActionButton>
      </div>
    </Form>
  );
}
