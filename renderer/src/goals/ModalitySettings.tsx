import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { FieldError, Form, Input, Label, TextField } from 'react-aria-components';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { channels } from '../../../shared/contract';
import { COMMON_MODALITIES } from '../../../shared/goals/treatment-plan-contract';
import { applyServerError } from '../forms/apply-server-error';
import { PanelSaveFooter } from '../forms/PanelSaveFooter';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { useModalities, useSaveModalities } from './modalities-queries';
import './treatment-plan-editor.css';

const schema = channels['goals:setModalities'].input;
type Input = z.input<typeof schema>;
type Output = z.output<typeof schema>;

function ModalityForm({ custom }: { custom: string[] }) {
  const save = useSaveModalities();
  const [saved, setSaved] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const { control, handleSubmit, setError, formState } = useForm<Input, unknown, Output>({
    resolver: zodResolver(schema),
    defaultValues: { custom },
  });
  const onSubmit = handleSubmit((values) => {
    if (save.isPending) return;
    setSaved(false);
    setFormError(null);
    save.mutate(values.custom, {
      onSuccess: () => setSaved(true),
      onError: (error) => setFormError(applyServerError(error, ['custom'], setError)),
    });
  });
  const listError = formState.errors.custom?.root?.message ?? formState.errors.custom?.message;
  return (
    <Form className="stack" onSubmit={onSubmit} validationBehavior="aria">
      <Controller
        control={control}
        name="custom"
        render={({ field }) => (
          <>
            {field.value.length > 0 && (
              <ol className="plan-list-editor__list">
                {field.value.map((name, i) => (
                  <li key={i} className="modality-setting">
                    <TextField
                      className="field"
                      value={name}
                      onChange={(text) => field.onChange(field.value.map((n, j) => (j === i ? text : n)))}
                      isInvalid={Boolean(formState.errors.custom?.[i])}
                      validationBehavior="aria"
                      autoFocus={i === field.value.length - 1 && name === ''}
                    >
                      <Label className="visually-hidden">Your approach {i + 1}</Label>
                      <div className="field__control">
                        <Input className="field__input" dir="auto" />
                      </div>
                      <FieldError className="field__error">
                        {formState.errors.custom?.[i]?.message}
                      </FieldError>
                    </TextField>
                    <ActionButton
                      variant="quiet"
                      onPress={() => field.onChange(field.value.filter((_, j) => j !== i))}
                      aria-label={`Remove ${name || `approach ${i + 1}`}`}
                    >
                      Remove
                    </ActionButton>
                  </li>
                ))}
              </ol>
            )}
            {listError && <Alert tone="error">{listError}</Alert>}
            <PanelSaveFooter
              label="Save approaches"
              savedText="Approaches saved."
              saved={saved}
              busy={save.isPending}
              error={formError}
            >
              <ActionButton onPress={() => field.onChange([...field.value, ''])}>
                Add an approach
              </ActionButton>
            </PanelSaveFooter>
          </>
        )}
      />
    </Form>
  );
}

/** The approaches a treatment plan offers: the common ones, which stay, and the clinician's own. */
export function ModalitySettings() {
  const modalities = useModalities();
  return (
    <section className="panel" aria-labelledby="settings-modalities">
      <div className="panel__header">
        <h3 id="settings-modalities">Therapy approaches</h3>
        <p>
          The plan editor offers {COMMON_MODALITIES.join(', ')}. Add the approaches you also work with; plans
          already agreed keep the ones they name.
        </p>
      </div>
      {modalities.isPending && <p className="muted">Loading…</p>}
      {modalities.isError && <Alert tone="error">{modalities.error.message}</Alert>}
      {modalities.data && <ModalityForm custom={modalities.data.custom} />}
    </section>
  );
}
