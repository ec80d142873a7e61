import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { newEnquiry, type NewEnquiry } from '../../../shared/clients/client-contract';
import { applyServerError } from '../forms/apply-server-error';
import { useNavigate } from '../navigation/routes';
import { ChoiceField } from '../forms/ChoiceField';
import { TextAreaField } from '../forms/TextAreaField';
import { TextInputField } from '../forms/TextInputField';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { useCreateEnquiry } from './clients-queries';
import { ModalDialog } from '../ui/ModalDialog';

const EMPTY: Required<NewEnquiry> = {
  chosenName: '',
  legalName: '',
  email: '',
  phone: '',
  referralSource: '',
  note: '',
  startAs: 'enquiry',
};

const START_CHOICES = [
  { value: 'enquiry', label: 'Enquiry: they got in touch' },
  { value: 'active', label: 'Client: the work starts now' },
] as const;
const FIELDS = Object.keys(EMPTY) as (keyof NewEnquiry)[];

function EnquiryForm({ onCancel }: { onCancel: () => void }) {
  const create = useCreateEnquiry();
  const navigate = useNavigate();
  const [formError, setFormError] = useState<string | null>(null);
  const { control, handleSubmit, setError } = useForm<NewEnquiry>({
    resolver: zodResolver(newEnquiry),
    defaultValues: EMPTY,
  });
  const busy = create.isPending;

  const onSubmit = handleSubmit((values) => {
    if (busy) return;
    setFormError(null);
    create.mutate(values, {
      onSuccess: ({ id }) => navigate({ page: 'client', clientId: id, tab: 'overview' }),
      onError: (error) => setFormError(applyServerError(error, FIELDS, setError)),
    });
  });

  return (
    <Form className="stack" onSubmit={onSubmit} validationBehavior="aria">
      <ChoiceField
        control={control}
        name="startAs"
        label="How are they starting?"
        description="An enquiry becomes a client later, from their page; a client starting now is active from today."
        choices={START_CHOICES}
        isReadOnly={busy}
      />
      <TextInputField
        control={control}
        name="chosenName"
        label="Name they go by"
        description="The name you will see for them everywhere in Rapport."
        autoFocus
        isReadOnly={busy}
      />
      <TextInputField control={control} name="legalName" label="Legal name, if different" isReadOnly={busy} />
      <div className="field-pair">
        <TextInputField control={control} name="email" label="Email" type="email" isReadOnly={busy} />
        <TextInputField control={control} name="phone" label="Phone" type="tel" isReadOnly={busy} />
      </div>
      <TextInputField control={control} name="referralSource" label="How they found you" isReadOnly={busy} />
      <TextAreaField
        control={control}
        name="note"
        label="Note"
        description="What they asked about, when they are free: anything to remember before you call back."
        isReadOnly={busy}
      />
      {formError && <Alert tone="error">{formError}</Alert>}
      <div className="form-actions">
        <ActionButton type="submit" variant="primary" isPending={busy} pendingLabel="Adding…">
          Add client
        </ActionButton>
        <ActionButton onPress={onCancel} isDisabled={busy}>
          Cancel
        </ActionButton>
      </div>
    </Form>
  );
}

/**
 * The short first record of a client: someone who got in touch (an enquiry), or someone whose work
 * starts now. The full intake comes later, on their page.
 */
export function AddClientDialog({
  isOpen,
  onOpenChange,
}: {
  isOpen: boolean;
  onOpenChange: (o: boolean) => void;
}) {
  return (
    <ModalDialog
      title="Add client"
      subtitle="Only the name is needed now. Everything else can wait for the intake."
      isOpen={isOpen}
      onClose={() => onOpenChange(false)}
    >
      <EnquiryForm onCancel={() => onOpenChange(false)} />
    </ModalDialog>
  );
}
