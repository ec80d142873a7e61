import { zodResolver } from '@hookform/resolvers/zod';
import { Form } from 'react-aria-components';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import { contactListRequest } from '../../../shared/contacts/contacts-contract';
import { checkPassword, pdfFileFields } from '../pdf-export/pdf-file-form';
import { PdfFileChoices } from '../pdf-export/PdfFileChoices';
import { savedMessage } from '../pdf-export/saved-message';
import { ChoiceGroup } from '../ui/ChoiceGroup';
import { TaskDialog } from '../ui/TaskDialog';
import { usePrintContacts } from './contacts-queries';

const contactsForm = z
  .object({ who: contactListRequest.shape.who.unwrap(), ...pdfFileFields })
  .superRefine(checkPassword);
type ContactsForm = z.output<typeof contactsForm>;

const WHO = [
  { value: 'all', label: 'Every client on record' },
  { value: 'active', label: 'Active clients only' },
] as const;

interface PrintContactsDialogProps {
  isOpen: boolean;
  onClose: () => void;
  onSaved: (message: string) => void;
}

/** "Print contact list…": names, phones, emails, active or not and the last session; nothing clinical. */
export function PrintContactsDialog({ isOpen, onClose, onSaved }: PrintContactsDialogProps) {
  const printer = usePrintContacts();
  return (
    <TaskDialog
      title="Print the contact list"
      subtitle="Each client’s name, phone, email, whether they are active and their last session: nothing clinical."
      subject={isOpen ? true : null}
      task={printer}
      onClose={onClose}
    >
      {(_, close) => <ContactsChoices printer={printer} onClose={close} onSaved={onSaved} />}
    </TaskDialog>
  );
}

function ContactsChoices({
  printer,
  onClose,
  onSaved,
}: {
  printer: ReturnType<typeof usePrintContacts>;
  onClose: () => void;
  onSaved: (message: string) => void;
}) {
  const { control, handleSubmit, resetField } = useForm<ContactsForm>({
    resolver: zodResolver(contactsForm),
    defaultValues: { who: 'all', paper: 'A4', protect: true, password: '', confirmation: '' },
  });
  const busy = printer.isPending;
  const onSubmit = handleSubmit((values) => {
    if (busy) return;
    printer.mutate(
      { who: values.who, paper: values.paper, ...(values.protect ? { password: values.password } : {}) },
      {
        onSuccess: (saved) => {
          if (saved.status !== 'saved') return;
          onSaved(savedMessage(saved, { what: 'Contact list' }));
          onClose();
        },
        onSettled: () => {
          resetField('password');
          resetField('confirmation');
        },
      },
    );
  });
  return (
    <Form className="stack" onSubmit={onSubmit} validationBehavior="aria" aria-label="Contact list">
      <Controller
        control={control}
        name="who"
        render={({ field }) => (
          <ChoiceGroup<ContactsForm['who']>
            label="Who to list"
            value={field.value}
            onChange={field.onChange}
            isDisabled={busy}
            options={WHO}
          />
        )}
      />
      <PdfFileChoices
        control={control}
        print={printer}
        firstPaper="A4"
        handOver="keep it apart from the file: the list names every client."
        saveLabel="Save as PDF…"
        onCancel={onClose}
      />
    </Form>
  );
}
