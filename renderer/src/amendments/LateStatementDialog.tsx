import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { channels } from '../../../shared/contract';
import { localDay } from '../../../shared/dates/format-date';
import { applyServerError } from '../forms/apply-server-error';
import { TextAreaField } from '../forms/TextAreaField';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { BoundDayField } from '../ui/BoundDayField';
import { TaskDialog } from '../ui/TaskDialog';
import { useAddDisagreement, useAddRebuttal } from './amendment-queries';

const disagreement = channels['amendments:addDisagreement'].input.shape;
const rebuttal = channels['amendments:addRebuttal'].input.shape;
/** The same two fields for either statement; each keeps its channel's own words for what is missing. */
const SCHEMAS = {
  disagreement: z.object({ text: disagreement.disagreement, on: disagreement.disagreementOn }),
  rebuttal: z.object({ text: rebuttal.rebuttal, on: rebuttal.rebuttalOn }),
};
type Values = { text: string; on: string };
export type LateStatementKind = keyof typeof SCHEMAS;

const WORDS = {
  disagreement: {
    title: 'Add the client’s statement of disagreement',
    subtitle:
      'Kept once with the denied request and printed with the note it is about. It cannot be changed later.',
    text: 'Client’s statement of disagreement',
    on: 'Statement made on',
    save: 'Keep the statement',
  },
  rebuttal: {
    title: 'Add your rebuttal',
    subtitle:
      'Your answer to the client’s statement, kept once beside it. Send the client a copy with the letter.',
    text: 'Your rebuttal',
    on: 'Written on',
    save: 'Keep the rebuttal',
  },
} as const;

/**
 * A statement that came after a denial: the client's disagreement, then the clinician's rebuttal
 * of it. Each is added once and then frozen with the decision.
 */
export function LateStatementDialog({
  subject,
  onClose,
}: {
  subject: { id: string; kind: LateStatementKind } | null;
  onClose: () => void;
}) {
  const addDisagreement = useAddDisagreement();
  const addRebuttal = useAddRebuttal();
  const task = {
    isPending: addDisagreement.isPending || addRebuttal.isPending,
    reset: () => {
      addDisagreement.reset();
      addRebuttal.reset();
    },
  };
  const words = WORDS[subject?.kind ?? 'disagreement'];
  return (
    <TaskDialog title={words.title} subtitle={words.subtitle} subject={subject} task={task} onClose={onClose}>
      {(chosen, close) => (
        <StatementForm
          kind={chosen.kind}
          busy={task.isPending}
          save={(values, handlers) =>
            chosen.kind === 'disagreement'
              ? addDisagreement.mutate(
                  { id: chosen.id, disagreement: values.text, disagreementOn: values.on },
                  handlers,
                )
              : addRebuttal.mutate({ id: chosen.id, rebuttal: values.text, rebuttalOn: values.on }, handlers)
          }
          onClose={close}
        />
      )}
    </TaskDialog>
  );
}

function StatementForm({
  kind,
  busy,
  save,
  onClose,
}: {
  kind: LateStatementKind;
  busy: boolean;
  save: (values: Values, handlers: { onSuccess: () => void; onError: (error: Error) => void }) => void;
  onClose: () => void;
}) {
  const words = WORDS[kind];
  const [formError, setFormError] = useState<string | null>(null);
  const { control, handleSubmit, setError } = useForm<Values>({
    resolver: zodResolver(SCHEMAS[kind]),
    defaultValues: { text: '', on: localDay(new Date()) },
  });
  const onSubmit = handleSubmit((values) => {
    if (busy) return;
    setFormError(null);
    save(values, {
      onSuccess: onClose,
      onError: (error) => setFormError(applyServerError(error, [], setError)),
    });
  });
  return (
    <Form className="stack" onSubmit={onSubmit} validationBehavior="aria" aria-label={words.title}>
      <TextAreaField control={control} name="text" label={words.text} isReadOnly={busy} />
      <BoundDayField control={control} name="on" kind="date" label={words.on} isReadOnly={busy} />
      {formError && <Alert tone="error">{formError}</Alert>}
      <div className="form-actions">
        <ActionButton type="submit" isPending={busy} pendingLabel="Saving…">
          {words.save}
        </ActionButton>
        <ActionButton variant="quiet" onPress={onClose} isDisabled={busy}>
          Cancel
        </ActionButton>
      </div>
    </Form>
  );
}
