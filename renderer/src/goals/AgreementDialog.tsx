import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { FieldError, Form, Input, Label, TextField } from 'react-aria-components';
import { Controller, useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { channels } from '../../../shared/contract';
import { AGREEMENT_METHODS, type PlanVersion } from '../../../shared/goals/goal-contract';
import { localDay } from '../../../shared/dates/format-date';
import { applyServerError } from '../forms/apply-server-error';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { ChoiceGroup } from '../ui/ChoiceGroup';
import { FormDateField } from './FormDateField';
import { GoalDialog } from './GoalDialog';
import { useAgree } from './goals-queries';
import { SignaturePad } from './SignaturePad';
import { UserText } from '../ui/UserText';

const schema = channels['goals:agree'].input;
type Input = z.input<typeof schema>;
type Output = z.output<typeof schema>;
const FIELDS = ['agreedOn', 'method', 'typedName', 'signaturePath'] as const;

const METHODS: Record<(typeof AGREEMENT_METHODS)[number], { label: string; hint: string }> = {
  verbal: { label: 'Said yes aloud', hint: 'A verbal agreement, recorded by you.' },
  typed: { label: 'Typed their name', hint: 'The client types their name here.' },
  drawn: { label: 'Drew a signature', hint: 'With a mouse, pen or finger on the screen.' },
};

interface AgreementDialogProps {
  clientId: string;
  version: PlanVersion;
  onClose: () => void;
  /** The button that opened the dialog is gone once the version is agreed: the page says where focus goes. */
  onAgreed: () => void;
}

/** Records that the client agreed to this version of the plan, and how; after this it cannot change. */
export function AgreementDialog({ clientId, version, onClose, onAgreed }: AgreementDialogProps) {
  const agree = useAgree(clientId);
  const [formError, setFormError] = useState<string | null>(null);
  const { control, handleSubmit, setError } = useForm<Input, unknown, Output>({
    resolver: zodResolver(schema),
    defaultValues: {
      versionId: version.id,
      agreedOn: localDay(new Date()),
      method: 'verbal',
      typedName: '',
      signaturePath: undefined,
    },
  });
  const method = useWatch({ control, name: 'method' });

  const onSubmit = handleSubmit((values) => {
    if (agree.isPending) return;
    setFormError(null);
    agree.mutate(values, {
      onSuccess: onAgreed,
      onError: (error) => setFormError(applyServerError(error, FIELDS, setError)),
    });
  });

  return (
    <GoalDialog
      title="Record the client’s agreement"
      subtitle={`Version ${version.number} of the plan, ${version.goals.length} ${version.goals.length === 1 ? 'goal' : 'goals'}. Once recorded, this version cannot be changed.`}
      onClose={onClose}
    >
      <ol className="agreement-goals">
        {version.goals.map((goal) => (
          <li key={goal.goalKey}>
            <UserText inline text={goal.clientWords} />
          </li>
        ))}
      </ol>
      <Form className="stack" onSubmit={onSubmit} validationBehavior="aria">
        <FormDateField control={control} name="agreedOn" label="Date agreed" />
        <Controller
          control={control}
          name="method"
          render={({ field, fieldState }) => (
            <ChoiceGroup
              look="cards"
              label="How the client agreed"
              orientation="vertical"
              options={AGREEMENT_METHODS.map((m) => ({ value: m, ...METHODS[m] }))}
              value={field.value}
              onChange={(v) => field.onChange(v)}
              error={fieldState.error?.message}
            />
          )}
        />
        {method === 'typed' && (
          <Controller
            control={control}
            name="typedName"
            render={({ field, fieldState }) => (
              <TextField
                className="field"
                value={field.value ?? ''}
                onChange={field.onChange}
                onBlur={field.onBlur}
                isInvalid={fieldState.invalid}
                validationBehavior="aria"
              >
                <Label className="field__label">Client’s name, typed by the client</Label>
                <div className="field__control">
                  <Input ref={field.ref} className="field__input" dir="auto" />
                </div>
                <FieldError className="field__error">{fieldState.error?.message}</FieldError>
              </TextField>
            )}
          />
        )}
        {method === 'drawn' && (
          <Controller
            control={control}
            name="signaturePath"
            render={({ field, fieldState }) => (
              <SignaturePad
                value={field.value ?? ''}
                onChange={(path) => field.onChange(path === '' ? undefined : path)}
                errorMessage={fieldState.error?.message}
              />
            )}
          />
        )}
        {formError && <Alert tone="error">{formError}</Alert>}
        <div className="form-actions">
          <ActionButton type="submit" variant="primary" isPending={agree.isPending} pendingLabel="Recording…">
            Record agreement
          </ActionButton>
          <ActionButton onPress={onClose} isDisabled={agree.isPending}>
            Cancel
          </ActionButton>
        </div>
      </Form>
    </GoalDialog>
  );
}
