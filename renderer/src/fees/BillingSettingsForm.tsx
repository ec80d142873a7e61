import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { Form } from 'react-aria-components';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import { channels } from '../../../shared/contract';
import { useUpdateBillingSettings } from './fees-queries';
import { applyServerError } from '../forms/apply-server-error';
import { FormNumberField } from '../ui/FormNumberField';
import { FormTextField } from '../ui/FormTextField';
import { SelectField } from '../ui/SelectField';
import { PanelSaveFooter } from '../forms/PanelSaveFooter';

const update = channels['billing:updateSettings'].input.shape;
const schema = z.object({
  currency: z
    .string()
    .transform((s) => s.trim().toUpperCase())
    .pipe(update.currency.unwrap()),
  timeZone: update.timeZone.unwrap(),
  paymentTermsDays: z.number('Enter a number of days from 0 to 120.').pipe(update.paymentTermsDays.unwrap()),
});
type Values = z.output<typeof schema>;
const FIELDS = ['currency', 'timeZone', 'paymentTermsDays'] as const;

export function BillingSettingsForm({ settings }: { settings: Values }) {
  const save = useUpdateBillingSettings();
  const zones = useMemo(() => {
    const all = Intl.supportedValuesOf('timeZone');
    const list = all.includes(settings.timeZone) ? all : [settings.timeZone, ...all];
    return list.map((id) => ({ id, label: id.replaceAll('_', ' ') }));
  }, [settings.timeZone]);
  const { control, handleSubmit, setError } = useForm<z.input<typeof schema>, unknown, Values>({
    resolver: zodResolver(schema),
    defaultValues: settings,
  });
  const busy = save.isPending;
  const onSubmit = handleSubmit((values) => {
    if (!busy) save.mutate(values);
  });
  const formError = save.isError ? applyServerError(save.error, FIELDS, setError) : null;
  return (
    <Form className="stack--tight" onSubmit={onSubmit} validationBehavior="aria">
      <div className="form-row">
        <FormTextField
          control={control}
          name="currency"
          label="Currency"
          description="A three-letter code: USD, GBP, EUR… New invoices use it."
          isReadOnly={busy}
        />
        <FormNumberField
          control={control}
          name="paymentTermsDays"
          label="Payment due after (days)"
          minValue={0}
          maxValue={120}
          isReadOnly={busy}
        />
      </div>
      <Controller
        control={control}
        name="timeZone"
        render={({ field, fieldState }) => (
          <SelectField
            label="Time zone"
            value={field.value}
            onChange={field.onChange}
            options={zones}
            description="The calendar shows appointments in this zone; a series keeps its clock time when daylight saving changes."
            error={fieldState.error?.message}
            isDisabled={busy}
          />
        )}
      />
      <PanelSaveFooter
        label="Save billing settings"
        savedText="Billing settings saved."
        saved={save.isSuccess}
        busy={busy}
        error={formError}
      />
    </Form>
  );
}
