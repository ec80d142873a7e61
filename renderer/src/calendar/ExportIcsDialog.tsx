import { zodResolver } from '@hookform/resolvers/zod';
import { Form } from 'react-aria-components';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import { channels } from '../../../shared/contract';
import { applyServerError } from '../forms/apply-server-error';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { CheckboxField } from '../ui/CheckboxField';
import { FormTextField } from '../ui/FormTextField';
import { TaskDialog } from '../ui/TaskDialog';
import { useExportIcs } from './calendar-queries';

const input = channels['calendar:exportIcs'].input.shape;
const schema = z
  .object({ from: input.from, to: input.to, includeNames: z.boolean() })
  .refine((v) => v.to >= v.from, { path: ['to'], message: 'The end is before the start.' });
type Values = z.infer<typeof schema>;

/** Hands the file to the browser's download, which in the app asks where to save it. */
function download(ics: string, from: string, to: string): void {
  const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `appointments-${from}-to-${to}.ics`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

interface ExportIcsDialogProps {
  isOpen: boolean;
  defaultRange: { from: string; to: string };
  onClose: () => void;
}

export function ExportIcsDialog({ isOpen, defaultRange, onClose }: ExportIcsDialogProps) {
  const exportIcs = useExportIcs();
  return (
    <TaskDialog
      title="Export to a calendar file"
      subtitle="An .ics file your phone or calendar app can import. Cancelled sessions are left out."
      subject={isOpen ? defaultRange : null}
      task={exportIcs}
      onClose={onClose}
    >
      {(range, close) => <ExportForm defaultRange={range} exportIcs={exportIcs} onClose={close} />}
    </TaskDialog>
  );
}

function ExportForm({
  defaultRange,
  exportIcs,
  onClose,
}: {
  defaultRange: { from: string; to: string };
  exportIcs: ReturnType<typeof useExportIcs>;
  onClose: () => void;
}) {
  const { control, handleSubmit, setError } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { ...defaultRange, includeNames: false },
  });
  const busy = exportIcs.isPending;
  const onSubmit = handleSubmit((values) => {
    if (busy) return;
    exportIcs.mutate(values, {
      onSuccess: ({ ics, count }) => {
        if (count > 0) download(ics, values.from, values.to);
      },
    });
  });
  const formError = exportIcs.isError ? applyServerError(exportIcs.error, ['from', 'to'], setError) : null;
  return (
    <Form className="stack" onSubmit={onSubmit} validationBehavior="aria">
      <div className="form-row">
        <FormTextField control={control} name="from" label="From" type="date" isReadOnly={busy} />
        <FormTextField control={control} name="to" label="To" type="date" isReadOnly={busy} />
      </div>
      <Controller
        control={control}
        name="includeNames"
        render={({ field }) => (
          <div className="stack--tight">
            <CheckboxField isSelected={field.value} onChange={field.onChange} isDisabled={busy}>
              Include client names
            </CheckboxField>
            <p className="field__description">
              {field.value
                ? 'Anyone who can see that calendar will see who you are meeting.'
                : 'Each appointment is called “Client session”, so the file says nothing about who.'}
            </p>
          </div>
        )}
      />
      {exportIcs.isSuccess && (
        <Alert tone={exportIcs.data.count > 0 ? 'success' : 'info'}>
          {exportIcs.data.count > 0
            ? `${exportIcs.data.count} ${exportIcs.data.count === 1 ? 'appointment' : 'appointments'} exported.`
            : 'There are no appointments to export in those dates.'}
        </Alert>
      )}
      {formError && <Alert tone="error">{formError}</Alert>}
      <div className="form-actions">
        <ActionButton type="submit" variant="primary" isPending={busy} pendingLabel="Exporting…">
          Export .ics
        </ActionButton>
        <ActionButton variant="quiet" onPress={onClose} isDisabled={busy}>
          {exportIcs.isSuccess ? 'Done' : 'Cancel'}
        </ActionButton>
      </div>
    </Form>
  );
}
