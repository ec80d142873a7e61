import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { Form } from 'react-aria-components';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import type { Service } from '../../../shared/billing/billing-contract';
import { applySlidingScale, formatMoney } from '../../../shared/billing/money';
import { applyServerError } from '../forms/apply-server-error';
import { FormNumberField } from '../ui/FormNumberField';
import { FormTextField } from '../ui/FormTextField';
import { SelectField } from '../ui/SelectField';
import { useSetClientFee } from './billing-queries';
import type { ClientFeeSettings } from '../../../shared/billing/invoice-line';
import { amountText, toMinor, toTyped } from '../forms/money-input';
import { PanelSaveFooter } from '../forms/PanelSaveFooter';

interface ClientFeeFormProps {
  clientId: string;
  fee: ClientFeeSettings & { note: string };
  services: readonly Service[];
  currency: string;
}

/** What this client pays: their usual service, an agreed price of their own, and any sliding scale. */
export function ClientFeeForm({ clientId, fee, services, currency }: ClientFeeFormProps) {
  const save = useSetClientFee();
  const schema = useMemo(
    () =>
      z.object({
        serviceId: z.string(),
        price: amountText(currency, { required: false }),
        slidingScalePercent: z
          .number('Enter a whole percentage from 0 to 100.')
          .int('Enter a whole percentage from 0 to 100.')
          .min(0, 'Enter a whole percentage from 0 to 100.')
          .max(100, 'Enter a whole percentage from 0 to 100.'),
        note: z.string().max(2000, 'Keep this under 2,000 characters.'),
      }),
    [currency],
  );
  const { control, handleSubmit, setError } = useForm<z.infer<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: {
      serviceId: fee.serviceId ?? '',
      price: fee.priceMinor === null ? '' : toTyped(fee.priceMinor, currency),
      slidingScalePercent: fee.slidingScalePercent,
      note: fee.note,
    },
  });
  const [serviceId, price, percent] = useWatch({
    control,
    name: ['serviceId', 'price', 'slidingScalePercent'],
  });
  const service = services.find((s) => s.id === serviceId);
  const ownPrice = price ? toMinor(price, currency) : null;
  const base = ownPrice ?? service?.priceMinor ?? null;
  const validPercent = Number.isInteger(percent) && percent >= 0 && percent <= 100;
  const busy = save.isPending;

  const onSubmit = handleSubmit((values) => {
    if (busy) return;
    save.mutate({
      clientId,
      serviceId: values.serviceId || null,
      priceMinor: toMinor(values.price, currency),
      slidingScalePercent: values.slidingScalePercent,
      note: values.note,
    });
  });
  const formError = save.isError
    ? applyServerError(save.error, ['serviceId', 'slidingScalePercent', 'note'], setError)
    : null;

  return (
    <Form className="stack--tight" onSubmit={onSubmit} validationBehavior="aria">
      <div className="form-row">
        <Controller
          control={control}
          name="serviceId"
          render={({ field }) => (
            <SelectField
              label="Usual service"
              value={field.value}
              onChange={field.onChange}
              options={[
                { id: '', label: 'None' },
                ...services.filter((s) => s.active).map((s) => ({ id: s.id, label: s.name })),
              ]}
              isDisabled={busy}
            />
          )}
        />
        <FormTextField
          control={control}
          name="price"
          label={`Own price (${currency})`}
          description="Leave empty to use the service’s price."
          isReadOnly={busy}
        />
        <FormNumberField
          control={control}
          name="slidingScalePercent"
          label="Sliding scale (% off)"
          minValue={0}
          maxValue={100}
          isReadOnly={busy}
        />
      </div>
      <FormTextField control={control} name="note" label="Fee note (optional)" isReadOnly={busy} />
      <p className="fee-summary" aria-live="polite">
        {base === null || !validPercent
          ? 'No fee yet: choose a service or enter a price.'
          : `Each session: ${formatMoney(applySlidingScale(base, percent), currency)}${
              percent > 0 ? ` (${formatMoney(base, currency)} less ${percent} %)` : ''
            }.`}
      </p>
      <PanelSaveFooter
        label="Save fee"
        savedText="Fee saved."
        saved={save.isSuccess}
        busy={busy}
        error={formError}
      />
    </Form>
  );
}
