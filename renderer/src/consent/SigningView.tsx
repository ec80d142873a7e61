import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { Form } from 'react-aria-components';
import { Controller, useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { signInput, type PreparedDocument } from '../../../shared/consent/consent-contract';
import { CONSENT_SIGN_METHODS } from '../../../shared/consent/consent-kinds';
import { localDay } from '../../../shared/dates/format-date';
import { applyServerError } from '../forms/apply-server-error';
import { FormDateField } from '../goals/FormDateField';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { UserText } from '../ui/UserText';
import { SignatureFields, type SignMethodWords } from '../signature/SignatureFields';
import { readScan } from './scan-file';
import './consent.css';

type Input = z.input<typeof signInput>;
type Output = z.output<typeof signInput>;
const FIELDS = ['signedOn', 'method', 'signerName', 'signaturePath', 'scan'] as const;

const METHODS: Record<(typeof CONSENT_SIGN_METHODS)[number], SignMethodWords> = {
  drawn: {
    label: 'Draw a signature',
    hint: 'With a mouse, pen or finger on the screen.',
    nameLabel: 'Name of the person signing',
  },
  typed: {
    label: 'Type your name',
    hint: 'Your typed name is your signature.',
    nameLabel: 'Your full name, typed by you',
  },
  paper: {
    label: 'Signed on paper',
    hint: 'Attach a scan or photo of the signed page.',
    nameLabel: 'Name of the person signing',
  },
};

/** The signature being recorded: the write is the page's (a dialog now, the hand-over mode later). */
export interface SignWrite {
  mutate(values: Output, options: { onSuccess: () => void; onError: (error: Error) => void }): void;
  isPending: boolean;
}

interface SigningViewProps {
  clientId: string;
  document: PreparedDocument;
  /** For a release: who it is to and when it ends, as chosen before the client reads it. */
  release: { recipient: string; expiresOn: string };
  sign: SignWrite;
  onSigned: () => void;
  onCancel: () => void;
}

/**
 * What the client reads and signs, on its own so any screen can show it: the document as it will
 * be kept, then how they sign. It says nothing else about the record, so it can be handed over.
 */
export function SigningView({ clientId, document, release, sign, onSigned, onCancel }: SigningViewProps) {
  const textId = useId();
  const [formError, setFormError] = useState<string | null>(null);
  const { control, handleSubmit, setError, setValue, clearErrors } = useForm<Input, unknown, Output>({
    resolver: zodResolver(signInput),
    defaultValues: {
      clientId,
      templateId: document.templateId,
      kind: document.kind,
      ...release,
      signedOn: localDay(new Date()),
      method: 'drawn',
      signerName: '',
      signaturePath: undefined,
      scan: undefined,
    },
  });
  const method = useWatch({ control, name: 'method' });

  const onSubmit = handleSubmit((values) => {
    if (sign.isPending) return;
    setFormError(null);
    sign.mutate(
      {
        ...values,
        signaturePath: values.method === 'drawn' ? values.signaturePath : undefined,
        scan: values.method === 'paper' ? values.scan : undefined,
      },
      { onSuccess: onSigned, onError: (error) => setFormError(applyServerError(error, FIELDS, setError)) },
    );
  });

  return (
    <div className="stack signing-view">
      <h3 id={textId}>
        <UserText inline text={document.title} />
      </h3>
      <div className="signing-view__text" role="document" aria-labelledby={textId} tabIndex={0}>
        <UserText text={document.text} />
      </div>
      <Form className="stack" onSubmit={onSubmit} validationBehavior="aria" aria-label="Sign this document">
        <SignatureFields
          control={control}
          label="How to sign"
          methods={CONSENT_SIGN_METHODS}
          words={METHODS}
          nameField="signerName"
        />
        {method === 'paper' && (
          <Controller
            control={control}
            name="scan"
            render={({ fieldState }) => (
              <div className="field">
                <label className="field__label" htmlFor={`${textId}-scan`}>
                  Scan of the signed page (PDF, PNG or JPEG)
                </label>
                <input
                  id={`${textId}-scan`}
                  type="file"
                  accept="application/pdf,image/png,image/jpeg"
                  aria-invalid={fieldState.invalid}
                  onChange={async (event) => {
                    const file = event.target.files?.[0];
                    if (!file) return setValue('scan', undefined);
                    const scan = await readScan(file);
                    if (typeof scan === 'string') {
                      setValue('scan', undefined);
                      setError('scan', { type: 'file', message: scan });
                    } else {
                      clearErrors('scan');
                      setValue('scan', scan);
                    }
                  }}
                />
                {fieldState.error && <p className="field__error">{fieldState.error.message}</p>}
              </div>
            )}
          />
        )}
        <FormDateField control={control} name="signedOn" label="Date signed" />
        {formError && <Alert tone="error">{formError}</Alert>}
        <div className="form-actions">
          <ActionButton type="submit" variant="primary" isPending={sign.isPending} pendingLabel="Recording…">
            Sign
          </ActionButton>
          <ActionButton onPress={onCancel} isDisabled={sign.isPending}>
            Cancel
          </ActionButton>
        </div>
      </Form>
    </div>
  );
}
