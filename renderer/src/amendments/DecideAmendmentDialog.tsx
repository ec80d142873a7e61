import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import type { AmendmentRequest } from '../../../shared/amendments/amendment-contract';
import { channels } from '../../../shared/contract';
import { localDay } from '../../../shared/dates/format-date';
import { applyServerError } from '../forms/apply-server-error';
import { ChoiceField } from '../forms/ChoiceField';
import { TextAreaField } from '../forms/TextAreaField';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { BoundDayField } from '../ui/BoundDayField';
import { TaskDialog } from '../ui/TaskDialog';
import { useAcceptAmendment, useDenyAmendment } from './amendment-queries';

const accept = channels['amendments:accept'].input;
const deny = channels['amendments:deny'].input;
/** Both decisions' fields in one form; the chosen outcome's schema checks them on the way out. */
const schema = z
  .object({
    outcome: z.enum(['accepted', 'denied']),
    decidedOn: z.string(),
    addendum: z.string(),
    denialReason: z.string(),
    disagreement: z.string(),
    disagreementOn: z.string(),
    rebuttal: z.string(),
  })
  .superRefine((form, ctx) => {
    const { outcome, disagreementOn, ...rest } = form;
    const parsed =
      outcome === 'accepted'
        ? accept.safeParse({
            id: '00000000-0000-4000-8000-000000000000',
            decidedOn: rest.decidedOn,
            addendum: rest.addendum,
          })
        : deny.safeParse({
            id: '00000000-0000-4000-8000-000000000000',
            decidedOn: rest.decidedOn,
            denialReason: rest.denialReason,
            disagreement: rest.disagreement,
            rebuttal: rest.rebuttal,
            ...(disagreementOn ? { disagreementOn } : {}),
          });
    for (const issue of parsed.error?.issues ?? [])
      ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    if (outcome === 'denied' && rest.disagreement.trim() && !disagreementOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['disagreementOn'],
        message: 'Give the date the client made the statement.',
      });
    }
  });
type Values = z.input<typeof schema>;
const FIELDS = ['decidedOn', 'addendum', 'denialReason', 'disagreementOn'] as const;

/** The decision, made once: accepted (an addendum on each note named) or denied (with the statements). */
export function DecideAmendmentDialog({
  request,
  onClose,
}: {
  request: AmendmentRequest | null;
  onClose: () => void;
}) {
  const accepting = useAcceptAmendment();
  const denying = useDenyAmendment();
  const task = {
    isPending: accepting.isPending || denying.isPending,
    reset: () => {
      accepting.reset();
      denying.reset();
    },
  };
  return (
    <TaskDialog
      title="Decide the amendment request"
      subtitle="Once saved, the decision cannot be changed."
      width="wide"
      subject={request}
      task={task}
      onClose={onClose}
    >
      {(chosen, close) => (
        <DecideForm request={chosen} accepting={accepting} denying={denying} onClose={close} />
      )}
    </TaskDialog>
  );
}

function DecideForm({
  request,
  accepting,
  denying,
  onClose,
}: {
  request: AmendmentRequest;
  accepting: ReturnType<typeof useAcceptAmendment>;
  denying: ReturnType<typeof useDenyAmendment>;
  onClose: () => void;
}) {
  const [formError, setFormError] = useState<string | null>(null);
  const { control, handleSubmit, setError } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      outcome: 'accepted',
      decidedOn: localDay(new Date()),
      addendum: '',
      denialReason: '',
      disagreement: '',
      disagreementOn: '',
      rebuttal: '',
    },
  });
  const outcome = useWatch({ control, name: 'outcome' });
  const busy = accepting.isPending || denying.isPending;
  const onError = (error: Error) => setFormError(applyServerError(error, FIELDS, setError));
  const onSubmit = handleSubmit((values) => {
    if (busy) return;
    setFormError(null);
    if (values.outcome === 'accepted') {
      accepting.mutate(
        { id: request.id, decidedOn: values.decidedOn, addendum: values.addendum },
        { onSuccess: onClose, onError },
      );
    } else {
      denying.mutate(
        {
          id: request.id,
          decidedOn: values.decidedOn,
          denialReason: values.denialReason,
          disagreement: values.disagreement,
          rebuttal: values.rebuttal,
          ...(values.disagreementOn ? { disagreementOn: values.disagreementOn } : {}),
        },
        { onSuccess: onClose, onError },
      );
    }
  });
  const notes = request.notes.length;
  return (
    <Form
      className="stack"
      onSubmit={onSubmit}
      validationBehavior="aria"
      aria-label="Decide the amendment request"
    >
      <ChoiceField
        control={control}
        name="outcome"
        label="Decision"
        choices={[
          { value: 'accepted', label: 'Accept' },
          { value: 'denied', label: 'Deny' },
        ]}
        isReadOnly={busy}
      />
      <BoundDayField control={control} name="decidedOn" kind="date" label="Decided on" isReadOnly={busy} />
      {outcome === 'accepted' ? (
        <TextAreaField
          control={control}
          name="addendum"
          label="Addendum"
          description={
            notes === 0
              ? 'The request names no note: describe the change you made elsewhere in the record, if you wish.'
              : `Signed onto ${notes === 1 ? 'the note' : `each of the ${notes} notes`} the request names; the original stays as it was.`
          }
          isReadOnly={busy}
        />
      ) : (
        <>
          <TextAreaField
            control={control}
            name="denialReason"
            label="Reason for the denial"
            isReadOnly={busy}
          />
          <TextAreaField
            control={control}
            name="disagreement"
            label="Client's statement of disagreement (optional)"
            isReadOnly={busy}
          />
          <BoundDayField
            control={control}
            name="disagreementOn"
            kind="date"
            label="Statement made on"
            description="Needed when there is a statement."
            isReadOnly={busy}
          />
          <TextAreaField
            control={control}
            name="rebuttal"
            label="Your rebuttal (optional)"
            isReadOnly={busy}
          />
        </>
      )}
      {formError && <Alert tone="error">{formError}</Alert>}
      <div className="form-actions">
        <ActionButton type="submit" isPending={busy} pendingLabel="Saving…">
          {outcome === 'accepted' ? 'Accept and sign the addendum' : 'Deny the request'}
        </ActionButton>
        <ActionButton variant="quiet" onPress={onClose} isDisabled={busy}>
          Cancel
        </ActionButton>
      </div>
    </Form>
  );
}
