import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import {
  CLIENT_SIGN_METHODS,
  clientSignInput,
  type ClientModeStep,
} from '../../../shared/client-mode/client-mode-contract';
import { formatDate, localDay } from '../../../shared/dates/format-date';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { UserText } from '../ui/UserText';
import { SignatureFields, type SignMethodWords } from '../signature/SignatureFields';
import type { ClientStepProps } from './client-step';

export type SigningAnswers = z.output<typeof clientSignInput>;
type Input = z.input<typeof clientSignInput>;

const METHODS: Record<(typeof CLIENT_SIGN_METHODS)[number], SignMethodWords> = {
  drawn: {
    label: 'Draw my signature',
    hint: 'With the mouse, a pen or a finger, in the box below.',
    nameLabel: 'Your full name',
  },
  typed: {
    label: 'Type my name',
    hint: 'Your name, typed by you, is your signature.',
    nameLabel: 'Your full name, typed by you',
  },
};

type DocumentStep = Extract<ClientModeStep, { kind: 'document' }>;

/**
 * A document the clinician prepared, as the client reads and signs it on their own: the words as
 * they will be kept, then a drawn signature or a typed name. It is dated today on the main side.
 */
export function SigningStep({
  document,
  onDone,
  busy,
  error,
}: ClientStepProps<SigningAnswers> & { document: DocumentStep }) {
  const titleId = useId();
  const { control, handleSubmit } = useForm<Input, unknown, SigningAnswers>({
    resolver: zodResolver(clientSignInput),
    defaultValues: { stepId: document.stepId, method: 'drawn', signerName: '', signaturePath: undefined },
  });
  const onSubmit = handleSubmit((values) => {
    if (busy) return;
    onDone({ ...values, signaturePath: values.method === 'drawn' ? values.signaturePath : undefined });
  });

  return (
    <div className="client-step">
      <h2 className="client-step__document-title" id={titleId}>
        <UserText inline text={document.title} />
      </h2>
      <div className="client-step__document" role="document" aria-labelledby={titleId} tabIndex={0}>
        <UserText text={document.text} />
      </div>
      <Form className="client-step" onSubmit={onSubmit} validationBehavior="aria" aria-label="Sign">
        <SignatureFields
          control={control}
          label="How do you want to sign?"
          methods={CLIENT_SIGN_METHODS}
          words={METHODS}
          nameField="signerName"
          padLabel="Your signature"
          isReadOnly={busy}
        />
        <p className="client-step__hint">Signed on {formatDate(localDay(new Date()))}.</p>
        {error && <Alert tone="error">{error}</Alert>}
        <div className="client-step__actions">
          <ActionButton type="submit" variant="primary" isPending={busy} pendingLabel="Signing…">
            Sign
          </ActionButton>
        </div>
      </Form>
    </div>
  );
}
