import { DayField } from '../ui/DayField';
import { zodResolver } from '@hookform/resolvers/zod';
import { Form } from 'react-aria-components';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import {
  diagnosisFields,
  type Diagnosis,
  type DiagnosisFields,
} from '../../../shared/diagnoses/diagnosis-contract';
import { applyServerError } from '../forms/apply-server-error';
import { ChoiceField } from '../forms/ChoiceField';
import { PanelSaveFooter } from '../forms/PanelSaveFooter';
import { TextAreaField } from '../forms/TextAreaField';
import { TextInputField } from '../forms/TextInputField';
import { CodeComboBox } from './CodeComboBox';
import { useAddDiagnosis, useUpdateDiagnosis } from './diagnosis-queries';
import { RANK_WORDS, STATUS_WORDS, SYSTEM_WORDS } from './diagnosis-words';

const schema = z.object({ diagnosis: diagnosisFields });
type Values = z.input<typeof schema>;

const FIELDS = [
  'diagnosis.code',
  'diagnosis.title',
  'diagnosis.madeOn',
  'diagnosis.resolvedOn',
  'diagnosis.madeBy',
  'diagnosis.note',
] as const;

function choices<K extends string>(words: Record<K, string>) {
  return (Object.keys(words) as K[]).map((value) => ({ value, label: words[value] }));
}

/** Records a new diagnosis, or changes one (its history keeps what it was). */
export function DiagnosisForm({
  clientId,
  existing,
  today,
  onDone,
}: {
  clientId: string;
  existing: Diagnosis | null;
  today: string;
  onDone: () => void;
}) {
  const add = useAddDiagnosis();
  const update = useUpdateDiagnosis();
  const save = existing ? update : add;
  const initial: DiagnosisFields = existing
    ? {
        system: existing.system,
        code: existing.code,
        title: existing.title,
        rank: existing.rank,
        status: existing.status,
        madeOn: existing.madeOn,
        resolvedOn: existing.resolvedOn,
        madeBy: existing.madeBy,
        note: existing.note,
      }
    : {
        system: 'icd10cm',
        code: '',
        title: '',
        rank: 'secondary',
        status: 'provisional',
        madeOn: today,
        resolvedOn: null,
        madeBy: '',
        note: '',
      };
  const { control, handleSubmit, setError, setValue } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { diagnosis: initial },
  });
  const system = useWatch({ control, name: 'diagnosis.system' });
  const status = useWatch({ control, name: 'diagnosis.status' });
  const busy = save.isPending;
  const onSubmit = handleSubmit((values) => {
    if (busy) return;
    const done = { onSuccess: onDone };
    const diagnosis = values.diagnosis as DiagnosisFields;
    if (existing) update.mutate({ id: existing.id, diagnosis }, done);
    else add.mutate({ clientId, diagnosis }, done);
  });
  const formError = save.isError ? applyServerError(save.error, FIELDS, setError) : null;
  const ends = status === 'resolved' || status === 'ruled-out';

  return (
    <Form className="diagnosis-form stack--tight" onSubmit={onSubmit} validationBehavior="aria">
      <ChoiceField
        control={control}
        name="diagnosis.system"
        label="Classification"
        choices={choices(SYSTEM_WORDS)}
        isReadOnly={busy}
      />
      {system === 'icd10cm' ? (
        <Controller
          control={control}
          name="diagnosis.code"
          render={({ field, fieldState }) => (
            <CodeComboBox
              value={
                field.value
                  ? { code: field.value, title: initial.system === 'icd10cm' ? initial.title : '' }
                  : null
              }
              onChange={(picked) => {
                field.onChange(picked?.code ?? '');
                setValue('diagnosis.title', picked?.title ?? '');
              }}
              onBlur={field.onBlur}
              error={fieldState.error?.message}
              isReadOnly={busy}
              autoFocus={!existing}
            />
          )}
        />
      ) : (
        <div className="diagnosis-form__row diagnosis-form__row--code">
          <TextInputField control={control} name="diagnosis.code" label="Code" isReadOnly={busy} />
          <TextInputField control={control} name="diagnosis.title" label="Title" isReadOnly={busy} />
        </div>
      )}
      <ChoiceField
        control={control}
        name="diagnosis.rank"
        label="Rank"
        choices={choices(RANK_WORDS)}
        isReadOnly={busy}
      />
      <ChoiceField
        control={control}
        name="diagnosis.status"
        label="Status"
        choices={choices(STATUS_WORDS)}
        isReadOnly={busy}
      />
      <div className="diagnosis-form__row">
        <TextInputField
          control={control}
          name="diagnosis.madeOn"
          label="Made on"
          type="date"
          isReadOnly={busy}
        />
        {ends && (
          <Controller
            control={control}
            name="diagnosis.resolvedOn"
            render={({ field, fieldState }) => (
              <DayField
                label={status === 'resolved' ? 'Resolved on' : 'Ruled out on'}
                value={field.value ?? ''}
                onChange={(day) => field.onChange(day === '' ? null : day)}
                onBlur={field.onBlur}
                error={fieldState.error?.message ?? null}
                focusRef={field.ref}
                isReadOnly={busy}
              />
            )}
          />
        )}
        <TextInputField control={control} name="diagnosis.madeBy" label="Made by" isReadOnly={busy} />
      </div>
      <TextAreaField control={control} name="diagnosis.note" label="Note" isReadOnly={busy} />
      <PanelSaveFooter
        label={existing ? 'Save changes' : 'Add diagnosis'}
        savedText="Diagnosis saved."
        saved={save.isSuccess}
        busy={busy}
        error={formError}
      />
    </Form>
  );
}
