import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { formatDate, localDay } from '../../../shared/dates/format-date';
import type { RecordScope } from '../../../shared/record/record-contract';
import { PdfFileChoices } from '../pdf-export/PdfFileChoices';
import { savedMessage } from '../pdf-export/saved-message';
import { Alert } from '../ui/Alert';
import { CheckboxField } from '../ui/CheckboxField';
import { ChoiceGroup } from '../ui/ChoiceGroup';
import { FormTextField } from '../ui/FormTextField';
import { TaskDialog } from '../ui/TaskDialog';
import { defaultRecordForm, notesInScope, recordForm, toRecordRequest, type RecordForm } from './record-form';
import { usePrintRecord, useRecordNotes } from './record-queries';
import './print-record-dialog.css';

/** Whose record, and the note it was opened on when it was opened on one. */
export interface RecordSubject {
  clientId: string;
  noteId?: string;
}

interface PrintRecordDialogProps {
  subject: RecordSubject | null;
  onClose: () => void;
  /** Called with what to announce once the file is written. */
  onSaved: (message: string) => void;
}

/**
 * "Print record…" and "Print this note": the progress notes as the record holds them, for a
 * records request or a transfer, behind a cover page saying what they are and for whom.
 */
export function PrintRecordDialog({ subject, onClose, onSaved }: PrintRecordDialogProps) {
  const printer = usePrintRecord();
  return (
    <TaskDialog
      title={subject?.noteId ? 'Print this note' : 'Print the record'}
      subtitle="Progress notes in full as they stand in the record, with a cover page saying what they are and for whom. The file name does not hold the client’s name."
      width="wide"
      subject={subject}
      task={printer}
      onClose={onClose}
    >
      {(chosen, close) => (
        <RecordChoices subject={chosen} printer={printer} onClose={close} onSaved={onSaved} />
      )}
    </TaskDialog>
  );
}

function RecordChoices({
  subject,
  printer,
  onClose,
  onSaved,
}: {
  subject: RecordSubject;
  printer: ReturnType<typeof usePrintRecord>;
  onClose: () => void;
  onSaved: (message: string) => void;
}) {
  const [today] = useState(() => localDay(new Date()));
  const list = useRecordNotes(subject.clientId);
  const { control, handleSubmit, resetField, setValue } = useForm<RecordForm>({
    resolver: zodResolver(recordForm),
    defaultValues: defaultRecordForm(today, subject.noteId),
  });
  const form = useWatch({ control }) as RecordForm;
  const printed = notesInScope(list.data ?? [], form, subject.noteId);
  const withProcessNotes = printed.filter((n) => n.hasProcessNote);
  const drafts = printed.filter((n) => n.signedAt === null).length;
  const busy = printer.isPending;

  const onSubmit = handleSubmit((values) => {
    if (busy || printed.length === 0) return;
    printer.mutate(toRecordRequest(subject.clientId, subject.noteId, values, printed), {
      onSuccess: (saved) => {
        if (saved.status !== 'saved') return;
        onSaved(savedMessage(saved, { what: 'Record', pages: true }));
        onClose();
      },
      // The password has done its job: it is not kept in the form for the next print.
      onSettled: () => {
        resetField('password');
        resetField('confirmation');
      },
    });
  });

  const scopes: { value: RecordScope; label: string }[] = [
    ...(subject.noteId ? [{ value: 'note' as const, label: 'This note' }] : []),
    { value: 'period', label: 'A period' },
    { value: 'all', label: 'The whole chart' },
  ];

  return (
    <Form
      className="record-dialog"
      onSubmit={onSubmit}
      validationBehavior="aria"
      aria-label="Print the record"
    >
      <ChoiceGroup<RecordScope>
        label="What to print"
        orientation="horizontal"
        value={form.scope}
        onChange={(scope) => setValue('scope', scope)}
        isDisabled={busy}
        options={scopes}
      />
      {form.scope === 'period' && (
        <div className="record-dialog__dates">
          <FormTextField control={control} name="from" label="From" type="date" isReadOnly={busy} />
          <FormTextField control={control} name="to" label="To" type="date" isReadOnly={busy} />
        </div>
      )}
      {form.scope !== 'note' && (
        <Controller
          control={control}
          name="includeDrafts"
          render={({ field }) => (
            <CheckboxField isSelected={field.value} onChange={field.onChange} isDisabled={busy}>
              Include unsigned notes, each marked DRAFT
            </CheckboxField>
          )}
        />
      )}
      {list.isError && <Alert tone="error">{list.error.message}</Alert>}
      <p className="record-dialog__count" aria-live="polite">
        {printed.length === 0
          ? form.includeDrafts || form.scope === 'note'
            ? 'No notes in this period.'
            : 'No signed notes in this period.'
          : `${printed.length} ${printed.length === 1 ? 'note' : 'notes'} will be printed${
              drafts > 0 ? `, ${drafts} of them ${drafts === 1 ? 'a draft' : 'drafts'}` : ''
            }.`}
      </p>
      <fieldset className="record-dialog__process">
        <legend>Psychotherapy notes</legend>
        <p>
          Psychotherapy (process) notes are kept apart from the record and are left out unless you choose one
          below. The law usually treats them apart too: under HIPAA, for example, they are excluded from a
          client’s right of access, and releasing them generally needs the client’s own authorisation for
          them. This is a reminder, not legal advice: check what applies where you practise.
        </p>
        {withProcessNotes.length === 0 ? (
          <p className="muted">None of the notes printed has a psychotherapy note.</p>
        ) : (
          <Controller
            control={control}
            name="processNoteIds"
            render={({ field }) => (
              <div className="record-dialog__process-list">
                {withProcessNotes.map((note) => (
                  <CheckboxField
                    key={note.id}
                    isSelected={field.value.includes(note.id)}
                    isDisabled={busy}
                    onChange={(on) =>
                      field.onChange(
                        on ? [...field.value, note.id] : field.value.filter((id) => id !== note.id),
                      )
                    }
                  >
                    Include the psychotherapy note of {formatDate(note.sessionDate)}
                  </CheckboxField>
                ))}
              </div>
            )}
          />
        )}
      </fieldset>
      <div className="record-dialog__for">
        <FormTextField
          control={control}
          name="recipient"
          label="Prepared for"
          description="The person or organisation it goes to."
          isReadOnly={busy}
        />
        <FormTextField
          control={control}
          name="purpose"
          label="Purpose"
          description="For example: the client’s request for a copy, a transfer of care."
          isReadOnly={busy}
        />
      </div>
      <PdfFileChoices
        control={control}
        print={printer}
        firstPaper="A4"
        handOver="tell the recipient another way, for example by phone."
        canSave={printed.length > 0}
        saveLabel="Save record as PDF…"
        onCancel={onClose}
      />
    </Form>
  );
}
