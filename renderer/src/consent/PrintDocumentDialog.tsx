import { zodResolver } from '@hookform/resolvers/zod';
import { Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { ExportResult, PaperSize } from '../../../shared/pdf/pdf-output';
import { checkPassword, pdfFileFields } from '../pdf-export/pdf-file-form';
import { PdfFileChoices } from '../pdf-export/PdfFileChoices';
import { savedMessage } from '../pdf-export/saved-message';
import { TaskDialog } from '../ui/TaskDialog';

const printForm = z.object(pdfFileFields).superRefine(checkPassword);
type PrintForm = z.output<typeof printForm>;

/** A print of a signed document or of the packet: the paper and the password are the dialog's to ask. */
export interface DocumentPrint {
  mutate(
    request: { paper: PaperSize; password?: string },
    options: { onSuccess: (saved: ExportResult) => void; onSettled: () => void },
  ): void;
  isPending: boolean;
  reset: () => void;
  data: ExportResult | undefined;
  error: Error | null;
}

interface PrintDocumentDialogProps {
  title: string;
  subtitle: string;
  isOpen: boolean;
  printer: DocumentPrint;
  onClose: () => void;
  /** Called with what to announce once the file is written. */
  onSaved: (message: string) => void;
}

/** A signed document or the blank packet as a PDF, saved through the system dialog, protected if chosen. */
export function PrintDocumentDialog({
  isOpen,
  printer,
  onClose,
  onSaved,
  ...dialog
}: PrintDocumentDialogProps) {
  return (
    <TaskDialog {...dialog} subject={isOpen ? true : null} task={printer} onClose={onClose}>
      {(_open, close) => (
        <PrintChoices title={dialog.title} printer={printer} onClose={close} onSaved={onSaved} />
      )}
    </TaskDialog>
  );
}

function PrintChoices({
  title,
  printer,
  onClose,
  onSaved,
}: {
  title: string;
  printer: DocumentPrint;
  onClose: () => void;
  onSaved: (message: string) => void;
}) {
  const { control, handleSubmit, resetField } = useForm<PrintForm>({
    resolver: zodResolver(printForm),
    defaultValues: { paper: 'A4', protect: false, password: '', confirmation: '' },
  });
  const busy = printer.isPending;
  const onSubmit = handleSubmit((values) => {
    if (busy) return;
    printer.mutate(
      { paper: values.paper, ...(values.protect ? { password: values.password } : {}) },
      {
        onSuccess: (saved) => {
          if (saved.status !== 'saved') return;
          onSaved(savedMessage(saved));
          onClose();
        },
        // The password has done its job: it is not kept in the form for the next print.
        onSettled: () => {
          resetField('password');
          resetField('confirmation');
        },
      },
    );
  });
  return (
    <Form className="stack" onSubmit={onSubmit} validationBehavior="aria" aria-label={title}>
      <PdfFileChoices
        control={control}
        print={printer}
        firstPaper="A4"
        handOver="tell the client in the session, or leave it off for a paper copy."
        saveLabel="Save as PDF…"
        onCancel={onClose}
      />
    </Form>
  );
}
