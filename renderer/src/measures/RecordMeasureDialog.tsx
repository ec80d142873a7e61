import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { localDay } from '../../../shared/dates/format-date';
import type { MeasureInstrument } from '../../../shared/measures/instrument';
import {
  COMPLETED_BY,
  COMPLETED_BY_LABELS,
  recordMeasureInput,
} from '../../../shared/measures/measures-contract';
import { FormDateField } from '../goals/FormDateField';
import { GoalDialog } from '../goals/GoalDialog';
import { Alert } from '../ui/Alert';
import { ChoiceGroup } from '../ui/ChoiceGroup';
import { MeasureQuestionnaire } from './MeasureQuestionnaire';
import { useRecordMeasure } from './measure-queries';

const whenAndWho = recordMeasureInput.pick({ completedOn: true, completedBy: true });
type WhenAndWho = z.input<typeof whenAndWho>;

interface RecordMeasureDialogProps {
  clientId: string;
  instrument: MeasureInstrument;
  onClose: () => void;
}

/**
 * Records a measure the clinician goes through with the client. The total, band and any risk flag
 * are worked out on saving; once saved the answers are part of the record and do not change.
 */
export function RecordMeasureDialog({ clientId, instrument, onClose }: RecordMeasureDialogProps) {
  const record = useRecordMeasure();
  const [error, setError] = useState<string | null>(null);
  const { control, handleSubmit } = useForm<WhenAndWho, unknown, z.output<typeof whenAndWho>>({
    resolver: zodResolver(whenAndWho),
    defaultValues: { completedOn: localDay(new Date()), completedBy: 'clinician' },
  });

  const save = (answers: number[]) =>
    void handleSubmit((values) => {
      setError(null);
      record.mutate(
        { clientId, instrumentId: instrument.id, answers, ...values },
        { onSuccess: onClose, onError: (e: Error) => setError(e.message) },
      );
    })();

  return (
    <GoalDialog
      title={`Record a ${instrument.shortName}`}
      subtitle="Once saved the answers are part of the record: a correction is a new entry."
      onClose={onClose}
      width="wide"
    >
      <div className="stack">
        <div className="measure-dialog__facts">
          <FormDateField control={control} name="completedOn" label="Completed on" />
          <Controller
            control={control}
            name="completedBy"
            render={({ field, fieldState }) => (
              <ChoiceGroup
                label="Answered by"
                options={COMPLETED_BY.map((c) => ({ value: c, label: COMPLETED_BY_LABELS[c] }))}
                value={field.value ?? null}
                onChange={field.onChange}
                error={fieldState.error?.message}
              />
            )}
          />
        </div>
        <MeasureQuestionnaire
          instrument={instrument}
          onSubmit={save}
          submitLabel={`Save ${instrument.shortName}`}
          isPending={record.isPending}
          footer={error && <Alert tone="error">{error}</Alert>}
          onCancel={onClose}
        />
      </div>
    </GoalDialog>
  );
}
