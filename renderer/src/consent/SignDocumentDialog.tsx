import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { Controller, useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { prepareInput, type PreparedDocument } from '../../../shared/consent/consent-contract';
import { CONSENT_KIND_LABELS, isRelease, type ConsentKind } from '../../../shared/consent/consent-kinds';
import { applyServerError } from '../forms/apply-server-error';
import { FormDateField } from '../goals/FormDateField';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { FormTextField } from '../ui/FormTextField';
import { ModalDialog } from '../ui/ModalDialog';
import { SelectField } from '../ui/SelectField';
import { usePrepareConsent, useSignConsent } from './consent-queries';
import { SigningView } from './SigningView';

type Input = z.input<typeof prepareInput>;
type Output = z.output<typeof prepareInput>;
const FIELDS = ['kind', 'recipient', 'expiresOn'] as const;

interface SignDocumentDialogProps {
  clientId: string;
  /** The kinds with a template written, in order; the first is chosen unless `kind` says which. */
  kinds: readonly ConsentKind[];
  kind: ConsentKind | null;
  isOpen: boolean;
  onClose: () => void;
  onSigned: (message: string) => void;
}

/**
 * Asking the client to sign: which document (and for a release, to whom and until when), then the
 * signing view with the text filled in from the record.
 */
export function SignDocumentDialog({
  clientId,
  kinds,
  kind,
  isOpen,
  onClose,
  onSigned,
}: SignDocumentDialogProps) {
  const prepare = usePrepareConsent();
  const sign = useSignConsent(clientId);
  const [ready, setReady] = useState<{
    document: PreparedDocument;
    release: Pick<Output, 'recipient' | 'expiresOn'>;
  } | null>(null);
  function close() {
    setReady(null);
    prepare.reset();
    sign.reset();
    onClose();
  }
  return (
    <ModalDialog
      title={ready ? 'Read and sign' : 'Ask the client to sign'}
      subtitle={
        ready ? 'Hand the computer to the client to read the document through and sign it.' : undefined
      }
      isOpen={isOpen}
      onClose={close}
      isBusy={prepare.isPending || sign.isPending}
      width="wide"
    >
      {ready ? (
        <SigningView
          clientId={clientId}
          document={ready.document}
          release={ready.release}
          sign={sign}
          onCancel={close}
          onSigned={() => {
            onSigned(`${CONSENT_KIND_LABELS[ready.document.kind]} signed.`);
            close();
          }}
        />
      ) : (
        <ChooseDocument
          clientId={clientId}
          kinds={kinds}
          kind={kind ?? kinds[0] ?? 'informed-consent'}
          prepare={prepare}
          onReady={(document, release) => setReady({ document, release })}
          onCancel={close}
        />
      )}
    </ModalDialog>
  );
}

function ChooseDocument({
  clientId,
  kinds,
  kind,
  prepare,
  onReady,
  onCancel,
}: {
  clientId: string;
  kinds: readonly ConsentKind[];
  kind: ConsentKind;
  prepare: ReturnType<typeof usePrepareConsent>;
  onReady: (document: PreparedDocument, release: Pick<Output, 'recipient' | 'expiresOn'>) => void;
  onCancel: () => void;
}) {
  const [formError, setFormError] = useState<string | null>(null);
  const { control, handleSubmit, setError } = useForm<Input, unknown, Output>({
    resolver: zodResolver(prepareInput),
    defaultValues: { clientId, kind, recipient: '', expiresOn: '' },
  });
  const chosen = useWatch({ control, name: 'kind' });
  const onSubmit = handleSubmit((values) => {
    if (prepare.isPending) return;
    setFormError(null);
    const release = isRelease(values.kind)
      ? { recipient: values.recipient, expiresOn: values.expiresOn }
      : { recipient: '', expiresOn: '' };
    prepare.mutate(
      { ...values, ...release },
      {
        onSuccess: (document) => onReady(document, release),
        onError: (error) => setFormError(applyServerError(error, FIELDS, setError)),
      },
    );
  });
  return (
    <Form className="stack" onSubmit={onSubmit} validationBehavior="aria" aria-label="Choose the document">
      <Controller
        control={control}
        name="kind"
        render={({ field, fieldState }) => (
          <SelectField
            label="Document"
            value={field.value}
            onChange={field.onChange}
            options={kinds.map((k) => ({ id: k, label: CONSENT_KIND_LABELS[k] }))}
            error={fieldState.error?.message}
          />
        )}
      />
      {isRelease(chosen) && (
        <>
          <FormTextField control={control} name="recipient" label="Who the information goes to" />
          <FormDateField control={control} name="expiresOn" label="Release ends on" />
        </>
      )}
      {formError && <Alert tone="error">{formError}</Alert>}
      <div className="form-actions">
        <ActionButton type="submit" variant="primary" isPending={prepare.isPending} pendingLabel="Preparing…">
          Show the document
        </ActionButton>
        <ActionButton onPress={onCancel} isDisabled={prepare.isPending}>
          Cancel
        </ActionButton>
      </div>
    </Form>
  );
}
