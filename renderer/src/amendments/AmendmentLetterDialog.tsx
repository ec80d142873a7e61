import { zodResolver } from '@hookform/resolvers/zod';
import { Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import {
  printAmendmentLetterRequest,
  type AmendmentRequest,
} from '../../../shared/amendments/amendment-contract';
import { defaultLetter } from '../../../shared/amendments/amendment-letter';
import { signerName } from '../../../shared/practice/signer-name';
import { useClient } from '../clients/clients-queries';
import { TextAreaField } from '../forms/TextAreaField';
import { checkPassword, pdfFileFields } from '../pdf-export/pdf-file-form';
import { PdfFileChoices } from '../pdf-export/PdfFileChoices';
import { savedMessage } from '../pdf-export/saved-message';
import { usePractice } from '../practice/practice-queries';
import { TaskDialog } from '../ui/TaskDialog';
import { usePrintAmendmentLetter } from './amendment-queries';

const letterForm = z
  .object({ body: printAmendmentLetterRequest.shape.body, ...pdfFileFields })
  .superRefine(checkPassword);
type LetterForm = z.output<typeof letterForm>;

interface AmendmentLetterDialogProps {
  request: AmendmentRequest | null;
  onClose: () => void;
  onSaved: (message: string) => void;
}

/** The letter to the client, its wording (rights included) edited as plain text, saved as a PDF. */
export function AmendmentLetterDialog({ request, onClose, onSaved }: AmendmentLetterDialogProps) {
  const printer = usePrintAmendmentLetter();
  return (
    <TaskDialog
      title="Letter to the client"
      subtitle="Edit the wording as you need; the file name does not hold the client’s name."
      width="wide"
      subject={request}
      task={printer}
      onClose={onClose}
    >
      {(chosen, close) => (
        <LetterChoices request={chosen} printer={printer} onClose={close} onSaved={onSaved} />
      )}
    </TaskDialog>
  );
}

function LetterChoices({
  request,
  printer,
  onClose,
  onSaved,
}: {
  request: AmendmentRequest;
  printer: ReturnType<typeof usePrintAmendmentLetter>;
  onClose: () => void;
  onSaved: (message: string) => void;
}) {
  const client = useClient(request.clientId);
  const practice = usePractice();
  if (!client.data || !practice.data) return <p className="muted">Loading…</p>;
  const body = defaultLetter(request, {
    client: client.data.chosenName,
    clinician: signerName(practice.data) || practice.data.practiceName,
  });
  return (
    <LetterForm requestId={request.id} body={body} printer={printer} onClose={onClose} onSaved={onSaved} />
  );
}

function LetterForm({
  requestId,
  body,
  printer,
  onClose,
  onSaved,
}: {
  requestId: string;
  body: string;
  printer: ReturnType<typeof usePrintAmendmentLetter>;
  onClose: () => void;
  onSaved: (message: string) => void;
}) {
  const { control, handleSubmit, resetField } = useForm<LetterForm>({
    resolver: zodResolver(letterForm),
    defaultValues: { body, paper: 'A4', protect: true, password: '', confirmation: '' },
  });
  const busy = printer.isPending;
  const onSubmit = handleSubmit((values) => {
    if (busy) return;
    printer.mutate(
      {
        id: requestId,
        body: values.body,
        paper: values.paper,
        ...(values.protect ? { password: values.password } : {}),
      },
      {
        onSuccess: (saved) => {
          if (saved.status !== 'saved') return;
          onSaved(savedMessage(saved, { what: 'Letter' }));
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
    <Form className="stack" onSubmit={onSubmit} validationBehavior="aria" aria-label="Letter to the client">
      <TextAreaField control={control} name="body" label="Letter" isReadOnly={busy} />
      <PdfFileChoices
        control={control}
        print={printer}
        firstPaper="A4"
        handOver="tell the client by phone, or leave it off for a posted letter."
        saveLabel="Save as PDF…"
        onCancel={onClose}
      />
    </Form>
  );
}
