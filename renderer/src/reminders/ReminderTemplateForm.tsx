import { zodResolver } from '@hookform/resolvers/zod';
import { Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { reminderTemplate, type ReminderTemplate } from '../../../shared/reminders/reminder-template';
import { CheckField } from '../forms/CheckField';
import { TextAreaField } from '../forms/TextAreaField';
import { TextInputField } from '../forms/TextInputField';
import { FormNumberField } from '../ui/FormNumberField';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { useReminderTemplate, useSetReminderTemplate } from './reminder-queries';

/** Settings: the words of appointment reminders, and how early the calendar file's alarm rings. */
export function ReminderTemplateSettings() {
  const template = useReminderTemplate();
  if (template.isError) return <Alert tone="error">{template.error.message}</Alert>;
  if (!template.data) return <p className="muted">Loading…</p>;
  return <ReminderTemplateForm template={template.data} />;
}

function ReminderTemplateForm({ template }: { template: ReminderTemplate }) {
  const update = useSetReminderTemplate();
  const { control, handleSubmit } = useForm<ReminderTemplate>({
    resolver: zodResolver(reminderTemplate),
    defaultValues: template,
  });
  const busy = update.isPending;
  const onSubmit = handleSubmit((values) => {
    if (!busy) update.mutate(values);
  });
  return (
    <Form
      className="stack--tight"
      onSubmit={onSubmit}
      validationBehavior="aria"
      aria-label="Reminder message"
    >
      <p className="muted">
        Placeholders: {'{date}'}, {'{time}'}, {'{place}'}, {'{clinician}'} and {'{name}'} (the client’s name).
      </p>
      <TextInputField control={control} name="subject" label="Subject" isReadOnly={busy} />
      <CheckField control={control} name="nameInSubject" isDisabled={busy}>
        Client’s name in the subject (it shows on a locked phone)
      </CheckField>
      <TextAreaField control={control} name="body" label="Message" isReadOnly={busy} />
      <FormNumberField
        control={control}
        name="alarmMinutesBefore"
        label="Calendar alarm, minutes before"
        minValue={5}
        maxValue={10_080}
        isReadOnly={busy}
      />
      {update.isSuccess && <Alert tone="success">Saved. New reminders use these words.</Alert>}
      {update.isError && <Alert tone="error">{update.error.message}</Alert>}
      <div className="form-actions">
        <ActionButton type="submit" isPending={busy} pendingLabel="Saving…">
          Save reminder message
        </ActionButton>
      </div>
    </Form>
  );
}
