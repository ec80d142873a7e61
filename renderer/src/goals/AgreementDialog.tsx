import { zodResolver } from '@hookform/resolvers/zod';
import { useState, type ReactNode } from 'react';
import { FieldError, Form, Input, Label, TextField } from 'react-aria-components';
import { Controller, useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { AGREEMENT_METHODS, agreeInput } from '../../../shared/agreement/agreement-contract';
import { localDay } from '../../../shared/dates/format-date';
import { applyServerError } from '../forms/apply-server-error';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { ChoiceGroup } from '../ui/ChoiceGroup';
import { FormDateField } from './FormDateField';
import { GoalDialog } from './GoalDialog';
import { SignaturePad } from './SignaturePad';

const schema = agreeInput;
type Input = z.input<typeof schema>;
type Output = z.output<typeof schema>;
const FIELDS = ['agreedOn', 'method', 'typedName', 'signaturePath'] as const;

const METHODS: Record<(typeof AGREEMENT_METHODS)[number], { label: string; hint: string }> = {
  verbal: { label: 'Said yes aloud', hint: 'A verbal agreement, recorded by you.' },
  typed: { label: 'Typed their name', hint: 'The client types their name here.' },
  drawn: { label: 'Drew a signature', hint: 'With a mouse, pen or finger on the screen.' },
};

/** The write that records the agreement: the goal plan's or the safety plan's, same input. */
export interface AgreeWrite {
  mutate(values: Output, options: { onSuccess: () => void; onError: (error: Error) => void }): void;
  isPending: boolean;
}

interface AgreementDialogProps {
  /** Which version, of which document, in a line under the title. */
  subtitle: string;
  versionId: string;
  agree: AgreeWrite;
  /** What the client is agreeing to, read through together before they agree. */
  children: ReactNode;
  onClose: () => void;
  /** The button that opened the dialog is gone once the version is agreed: the page says where focus goes. */
  onAgreed: () => void;
}

/**
 * Records that the client agreed to a version of a document written with them (the goal plan, the
 * safety plan), and how; after this the version cannot change.
 */
export function AgreementDialog({
  subtitle,
  versionId,
  agree,
  children,
  onClose,
  onAgreed,
}: AgreementDialogProps) {
  const [formError, setFormError] = useState<string | null>(null);
  const { control, handleSubmit, setError } = useForm<Input, unknown, Output>({
    resolver: zodResolver(schema),
    defaultValues: {
      versionId,
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
    <GoalDialog title="Record the client’s agreement" subtitle={subtitle} onClose={onClose}>
      {children}
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
