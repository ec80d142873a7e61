import { zodResolver } from '@hookform/resolvers/zod';
import { FieldError, Form, Label, Text, TextArea, TextField } from 'react-aria-components';
import { Controller, useForm, type Control } from 'react-hook-form';
import type { z } from 'zod';
import {
  billingDocumentSettingsInput,
  type BillingDocumentSettings,
} from '../../../shared/billing/billing-documents-contract';
import { applyServerError } from '../forms/apply-server-error';
import { PanelSaveFooter } from '../forms/PanelSaveFooter';
import { useUpdateDocumentSettings } from './fees-queries';

type Values = z.output<typeof billingDocumentSettingsInput>;
const FIELDS = ['paymentDetails', 'taxWording'] as const;

function LongText({
  control,
  name,
  label,
  description,
  rows,
  isReadOnly,
}: {
  control: Control<z.input<typeof billingDocumentSettingsInput>, unknown, Values>;
  name: (typeof FIELDS)[number];
  label: string;
  description: string;
  rows: number;
  isReadOnly: boolean;
}) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextField
          className="field"
          value={field.value ?? ''}
          onChange={field.onChange}
          onBlur={field.onBlur}
          isInvalid={fieldState.invalid}
          isReadOnly={isReadOnly}
          validationBehavior="aria"
        >
          <Label className="field__label">{label}</Label>
          <div className="field__control field__control--multiline">
            <TextArea ref={field.ref} className="field__input field__textarea" rows={rows} dir="auto" />
          </div>
          <Text slot="description" className="field__description">
            {description}
          </Text>
          <FieldError className="field__error">{fieldState.error?.message}</FieldError>
        </TextField>
      )}
    />
  );
}

/** Settings → Fees and billing → Billing documents: how to pay and the tax wording, printed on every bill. */
export function BillingDocumentsForm({ settings }: { settings: BillingDocumentSettings }) {
  const save = useUpdateDocumentSettings();
  const { control, handleSubmit, setError } = useForm<
    z.input<typeof billingDocumentSettingsInput>,
    unknown,
    Values
  >({
    resolver: zodResolver(billingDocumentSettingsInput),
    defaultValues: settings,
  });
  const busy = save.isPending;
  const onSubmit = handleSubmit((values) => {
    if (!busy) save.mutate(values);
  });
  const formError = save.isError ? applyServerError(save.error, FIELDS, setError) : null;
  return (
    <Form className="stack--tight" onSubmit={onSubmit} validationBehavior="aria">
      <LongText
        control={control}
        name="paymentDetails"
        label="How to pay"
        description="Printed on invoices and statements: bank details, a payment link, who cheques are made out to."
        rows={3}
        isReadOnly={busy}
      />
      <LongText
        control={control}
        name="taxWording"
        label="Tax wording"
        description="Printed at the foot of every invoice, receipt and statement, as your jurisdiction requires; leave empty if none."
        rows={2}
        isReadOnly={busy}
      />
      <PanelSaveFooter
        label="Save billing documents"
        savedText="Billing documents saved."
        saved={save.isSuccess}
        busy={busy}
        error={formError}
      />
    </Form>
  );
}
