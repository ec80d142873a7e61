import { zodResolver } from '@hookform/resolvers/zod';
import { useState, type ReactNode } from 'react';
import { Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { AGREEMENT_METHODS, agreeInput } from '../../../shared/agreement/agreement-contract';
import { localDay } from '../../../shared/dates/format-date';
import { applyServerError } from '../forms/apply-server-error';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { SignatureFields, type SignMethodWords } from '../signature/SignatureFields';
import { FormDateField } from './FormDateField';
import { GoalDialog } from './GoalDialog';

const schema = agreeInput;
type Input = z.input<typeof schema>;
type Output = z.output<typeof schema>;
const FIELDS = ['agreedOn', 'method', 'typedName', 'signaturePath'] as const;

const METHODS: Record<(typeof AGREEMENT_METHODS)[number], SignMethodWords> = {
  verbal: { label: 'Said yes aloud', hint: 'A verbal agreement, recorded by you.', nameLabel: null },
  typed: {
    label: 'Typed their name',
    hint: 'The client types their name here.',
    nameLabel: 'Client’s name, typed by the client',
  },
  drawn: { label: 'Drew a signature', hint: 'With a mouse, pen or finger on the screen.', nameLabel: null },
};

/** The write that records the agreement: the goal plan's or the safety plan's, same input. */
export interface AgreeWrite {
  mutate(values: Output, options: { onSuccess: () => void; onError: (error: Error) => void }): void;
  isPending: boolean;
}

interface AgreementDialogProps {
  /** Which version, of which document, in a line under the title. */
  subtitle: string;
  versionId: string;
  agree: AgreeWrite;
  /** What the client is agreeing to, read through together before they agree. */
  children: ReactNode;
  onClose: () => void;
  /** The button that opened the dialog is gone once the version is agreed: the page says where focus goes. */
  onAgreed: () => void;
}

/**
 * Records that the client agreed to a version of a document written with them (the goal plan, the
 * safety plan), and how; after this the version cannot change.
 */
export function AgreementDialog({
  subtitle,
  versionId,
  agree,
  children,
  onClose,
  onAgreed,
}: AgreementDialogProps) {
  const [formError, setFormError] = useState<string | null>(null);
  const { control, handleSubmit, setError } = useForm<Input, unknown, Output>({
    resolver: zodResolver(schema),
    defaultValues: {
      versionId,
      agreedOn: localDay(new Date()),
      method: 'verbal',
      typedName: '',
      signaturePath: undefined,
    },
  });

  const onSubmit = handleSubmit((values) => {
    if (agree.isPending) return;
    setFormError(null);
    agree.mutate(values, {
      onSuccess: onAgreed,
      onError: (error) => setFormError(applyServerError(error, FIELDS, setError)),
    });
  });

  return (
    <GoalDialog title="Record the client’s agreement" subtitle={subtitle} onClose={onClose}>
      {children}
      <Form className="stack" onSubmit={onSubmit} validationBehavior="aria">
        <FormDateField control={control} name="agreedOn" label="Date agreed" />
        <SignatureFields
          control={control}
          label="How the client agreed"
          methods={AGREEMENT_METHODS}
          words={METHODS}
          nameField="typedName"
        />
        {formError && <Alert tone="error">{formError}</Alert>}
        <div className="form-actions">
          <ActionButton type="submit" variant="primary" isPending={agree.isPending} pendingLabel="Recording…">
            Record agreement
          </ActionButton>
          <ActionButton onPress={onClose} isDisabled={agree.isPending}>
            Cancel
          </ActionButton>
        </div>
      </Form>
    </GoalDialog>
  );
}
