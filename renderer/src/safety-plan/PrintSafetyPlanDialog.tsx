import { zodResolver } from '@hookform/resolvers/zod';
import { Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { checkPassword, pdfFileFields } from '../pdf-export/pdf-file-form';
import { PdfFileChoices } from '../pdf-export/PdfFileChoices';
import { savedMessage } from '../pdf-export/saved-message';
import { TaskDialog } from '../ui/TaskDialog';
import { usePrintSafetyPlan } from './safety-plan-queries';

const printForm = z.object(pdfFileFields).superRefine(checkPassword);
type PrintForm = z.output<typeof printForm>;

interface PrintSafetyPlanDialogProps {
  /** The version to print, with its number for the dialog's title; null while closed. */
  version: { id: string; number: number; agreed: boolean } | null;
  onClose: () => void;
  /** Called with what to announce once the file is written. */
  onSaved: (message: string) => void;
}

/** The client's copy of the plan as a one-page PDF, saved through the system dialog, protected if chosen. */
export function PrintSafetyPlanDialog({ version, onClose, onSaved }: PrintSafetyPlanDialogProps) {
  const printer = usePrintSafetyPlan();
  return (
    <TaskDialog
      title="Print the safety plan"
      subtitle={
        version &&
        `Version ${version.number}${version.agreed ? '' : ', not yet agreed'}, on one page for the client to keep. The file name does not hold the client’s name.`
      }
      subject={version}
      task={printer}
      onClose={onClose}
    >
      {(chosen, close) => (
        <PrintChoices versionId={chosen.id} printer={printer} onClose={close} onSaved={onSaved} />
      )}
    </TaskDialog>
  );
}

function PrintChoices({
  versionId,
  printer,
  onClose,
  onSaved,
}: {
  versionId: string;
  printer: ReturnType<typeof usePrintSafetyPlan>;
  onClose: () => void;
  onSaved: (message: string) => void;
}) {
  const { control, handleSubmit, resetField } = useForm<PrintForm>({
    resolver: zodResolver(printForm),
    defaultValues: { paper: 'A4', protect: true, password: '', confirmation: '' },
  });
  const busy = printer.isPending;
  const onSubmit = handleSubmit((values) => {
    if (busy) return;
    printer.mutate(
      { versionId, paper: values.paper, ...(values.protect ? { password: values.password } : {}) },
      {
        onSuccess: (saved) => {
          if (saved.status !== 'saved') return;
          onSaved(savedMessage(saved, { what: 'Safety plan' }));
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
    <Form className="stack" onSubmit={onSubmit} validationBehavior="aria" aria-label="Print the safety plan">
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
