import { zodResolver } from '@hookform/resolvers/zod';
import { FieldError, Form, Label, TextArea, TextField } from 'react-aria-components';
import { Controller, useForm } from 'react-hook-form';
import {
  practiceSchema,
  type Practice,
  type PracticeInput,
} from '../../../shared/practice/practice-contract';
import { applyServerError } from '../forms/apply-server-error';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { FormTextField } from '../ui/FormTextField';
import { LogoField } from './LogoField';
import { usePractice, useUpdatePractice } from './practice-queries';
import '../ui/field.css';
import './practice-settings.css';

const FIELDS = [
  'clinicianName',
  'credentials',
  'licenceNumber',
  'licenceJurisdiction',
  'npi',
  'taxId',
  'practiceName',
  'address',
  'phone',
  'email',
  'website',
  'logo',
] as const;

function PracticeForm({ practice }: { practice: Practice }) {
  const update = useUpdatePractice();
  const { control, handleSubmit, setError, reset } = useForm<PracticeInput, unknown, Practice>({
    resolver: zodResolver(practiceSchema),
    defaultValues: practice,
  });
  const onSubmit = handleSubmit((values) => {
    if (update.isPending) return;
    update.mutate(values, {
      onSuccess: (saved) => reset(saved),
      onError: (error) => applyServerError(error, FIELDS, setError),
    });
  });
  const busy = update.isPending;
  return (
    <Form className="stack--tight practice-form" onSubmit={onSubmit} validationBehavior="aria">
      <div className="practice-form__grid">
        <FormTextField control={control} name="clinicianName" label="Clinician name" isReadOnly={busy} />
        <FormTextField
          control={control}
          name="credentials"
          label="Credentials"
          placeholder="e.g. PsyD, Licensed Psychologist"
          isReadOnly={busy}
        />
        <FormTextField control={control} name="licenceNumber" label="Licence number" isReadOnly={busy} />
        <FormTextField
          control={control}
          name="licenceJurisdiction"
          label="Licensed in"
          placeholder="e.g. California"
          isReadOnly={busy}
        />
        <FormTextField
          control={control}
          name="npi"
          label="NPI"
          description="Your 10-digit National Provider Identifier, for superbills."
          isReadOnly={busy}
        />
        <FormTextField
          control={control}
          name="taxId"
          label="Tax ID"
          placeholder="e.g. EIN 12-3456789"
          description="As it should print on superbills. An EIN is safer to share than a Social Security number."
          isReadOnly={busy}
        />
      </div>
      <div className="practice-form__grid">
        <FormTextField control={control} name="practiceName" label="Practice name" isReadOnly={busy} />
        <FormTextField control={control} name="website" label="Website" isReadOnly={busy} />
      </div>
      <Controller
        control={control}
        name="address"
        render={({ field, fieldState }) => (
          <TextField
            className="field"
            value={field.value ?? ''}
            onChange={field.onChange}
            onBlur={field.onBlur}
            isInvalid={fieldState.invalid}
            isReadOnly={busy}
            validationBehavior="aria"
          >
            <Label className="field__label">Practice address</Label>
            <div className="field__control">
              <TextArea ref={field.ref} className="field__input practice-form__address" rows={3} />
            </div>
            <FieldError className="field__error">{fieldState.error?.message}</FieldError>
          </TextField>
        )}
      />
      <div className="practice-form__grid">
        <FormTextField control={control} name="phone" label="Phone" isReadOnly={busy} />
        <FormTextField control={control} name="email" label="Email" isReadOnly={busy} />
      </div>
      <Controller
        control={control}
        name="logo"
        render={({ field, fieldState }) => (
          <LogoField
            value={field.value ?? ''}
            onChange={field.onChange}
            error={fieldState.error?.message}
            isDisabled={busy}
          />
        )}
      />
      {update.isSuccess && (
        <Alert tone="success">
          <p>Saved. Summaries and superbills exported from now on carry these details.</p>
        </Alert>
      )}
      {update.isError && (
        <Alert tone="error">
          <p>{update.error.message}</p>
          <p>The letterhead was not changed.</p>
        </Alert>
      )}
      <div className="form-actions">
        <ActionButton type="submit" variant="primary" isPending={busy} pendingLabel="Saving…">
          Save letterhead
        </ActionButton>
      </div>
    </Form>
  );
}

/**
 * Settings → Practice and letterhead: who the exported summaries and superbills come from. Self-contained, for
 * the Settings screen to mount as one of its panels.
 */
export function PracticeSettings() {
  const practice = usePractice();
  return (
    <section className="panel" aria-labelledby="settings-practice">
      <div className="panel__header">
        <h3 id="settings-practice">Practice and letterhead</h3>
        <p>Printed on every client summary and superbill you export. Nothing here is about a client.</p>
      </div>
      {practice.isPending && <p className="muted">Loading…</p>}
      {practice.isError && <Alert tone="error">{practice.error.message}</Alert>}
      {practice.data && <PracticeForm practice={practice.data} />}
    </section>
  );
}
