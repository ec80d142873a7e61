import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { formatDate } from '../../../shared/dates/format-date';
import type { MeasureInstrument } from '../../../shared/measures/instrument';
import {
  correctionReason,
  recordMeasureInput,
  type MeasureEntry,
} from '../../../shared/measures/measures-contract';
import { FormDateField } from '../goals/FormDateField';
import { FormTextArea } from '../goals/FormTextArea';
import { GoalDialog } from '../goals/GoalDialog';
import { Alert } from '../ui/Alert';
import { MeasureQuestionnaire } from './MeasureQuestionnaire';
import { useRecordMeasure } from './measure-queries';

const correctionForm = recordMeasureInput.pick({ completedOn: true }).extend({ reason: correctionReason });
type CorrectionForm = z.input<typeof correctionForm>;

interface CorrectMeasureDialogProps {
  instrument: MeasureInstrument;
  entry: MeasureEntry;
  onClose: () => void;
}

/**
 * Corrects a recorded measure: the questionnaire starts from the recorded answers, and the
 * clinician says why. The correction is a new entry that supersedes the old one, which stays in
 * the record as it was given (the client's own answers stay theirs); the correction is the
 * clinician's.
 */
export function CorrectMeasureDialog({ instrument, entry, onClose }: CorrectMeasureDialogProps) {
  const record = useRecordMeasure();
  const [error, setError] = useState<string | null>(null);
  const { control, handleSubmit } = useForm<CorrectionForm, unknown, z.output<typeof correctionForm>>({
    resolver: zodResolver(correctionForm),
    defaultValues: { completedOn: entry.completedOn, reason: '' },
  });

  const save = (answers: number[]) =>
    void handleSubmit(({ completedOn, reason }) => {
      setError(null);
      record.mutate(
        {
          clientId: entry.clientId,
          instrumentId: instrument.id,
          answers,
          completedOn,
          completedBy: 'clinician',
          noteId: entry.noteId,
          correction: { supersedesId: entry.id, reason },
        },
        { onSuccess: onClose, onError: (e: Error) => setError(e.message) },
      );
    })();

  return (
    <GoalDialog
      title={`Correct the ${instrument.shortName} of ${formatDate(entry.completedOn)}`}
      subtitle={
        entry.completedBy === 'client'
          ? 'The client answered this one themselves. Their answers stay in the history as they gave them; your correction is recorded as yours, with your reason.'
          : 'The entry stays in the history, marked as corrected; your correction is a new entry with your reason.'
      }
      onClose={onClose}
      width="wide"
    >
      <div className="stack">
        <div className="measure-dialog__facts">
          <FormDateField control={control} name="completedOn" label="Completed on" />
        </div>
        <FormTextArea control={control} name="reason" label="Why it is corrected" rows={2} />
        <MeasureQuestionnaire
          instrument={instrument}
          initialAnswers={entry.answers}
          onSubmit={save}
          submitLabel="Save the correction"
          isPending={record.isPending}
          footer={error && <Alert tone="error">{error}</Alert>}
          onCancel={onClose}
        />
      </div>
    </GoalDialog>
  );
}
