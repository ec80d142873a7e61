import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { Button, Form } from 'react-aria-components';
import { useFieldArray, useForm } from 'react-hook-form';
import { z } from 'zod';
import type { Service } from '../../../shared/billing/billing-contract';
import { useSaveServices } from './fees-queries';
import { amountText, toMinor, toTyped } from '../forms/money-input';
import { ActionButton } from '../ui/ActionButton';
import { FormNumberField } from '../ui/FormNumberField';
import { FormTextField } from '../ui/FormTextField';
import { PanelSaveFooter } from '../forms/PanelSaveFooter';

const MAX_SERVICES = 100;

/**
 * The services the practice offers, each with its usual length, price and procedure code (90834
 * for a 45-minute session, 90791 for an intake assessment…). A removed service is retired, not
 * deleted: invoices already issued keep its name.
 */
export function FeeScheduleForm({ services, currency }: { services: readonly Service[]; currency: string }) {
  const save = useSaveServices();
  const schema = useMemo(
    () =>
      z.object({
        services: z
          .array(
            z.object({
              id: z.string().optional(),
              name: z
                .string()
                .max(200, 'Keep this under 200 characters.')
                .refine((s) => s.trim().length > 0, 'Name the service.'),
              code: z.string().max(20, 'Codes are at most 20 characters.'),
              durationMinutes: z
                .number('Enter the minutes.')
                .int()
                .min(5, 'At least 5.')
                .max(600, 'At most 600.'),
              price: amountText(currency, { required: true }),
            }),
          )
          .max(MAX_SERVICES),
      }),
    [currency],
  );
  const { control, handleSubmit } = useForm<z.infer<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: {
      services: services
        .filter((s) => s.active)
        .map((s) => ({
          id: s.id,
          name: s.name,
          code: s.code,
          durationMinutes: s.durationMinutes,
          price: toTyped(s.priceMinor, currency),
        })),
    },
  });
  const rows = useFieldArray({ control, name: 'services', keyName: 'key' });
  const busy = save.isPending;
  const onSubmit = handleSubmit((values) => {
    if (busy) return;
    save.mutate({
      services: values.services.map(({ price, ...service }) => ({
        ...service,
        priceMinor: toMinor(price, currency) ?? 0,
      })),
    });
  });

  return (
    <Form className="stack--tight fee-schedule" onSubmit={onSubmit} validationBehavior="aria">
      {rows.fields.length === 0 && <p className="muted">No services yet. Add the sessions you offer.</p>}
      <ol className="fee-rows">
        {rows.fields.map((row, index) => (
          <li key={row.key} className="fee-row">
            <FormTextField
              control={control}
              name={`services.${index}.name`}
              label="Service"
              isReadOnly={busy}
            />
            <FormTextField control={control} name={`services.${index}.code`} label="Code" isReadOnly={busy} />
            <FormNumberField
              control={control}
              name={`services.${index}.durationMinutes`}
              label="Minutes"
              minValue={5}
              maxValue={600}
              isReadOnly={busy}
            />
            <FormTextField
              control={control}
              name={`services.${index}.price`}
              label={`Price (${currency})`}
              isReadOnly={busy}
            />
            <Button className="remove-row" onPress={() => rows.remove(index)} isDisabled={busy}>
              Remove<span className="visually-hidden"> service {index + 1}</span>
            </Button>
          </li>
        ))}
      </ol>
      <PanelSaveFooter
        label="Save fee schedule"
        savedText="Fee schedule saved."
        saved={save.isSuccess}
        busy={busy}
        error={save.isError ? save.error.message : null}
      >
        {rows.fields.length < MAX_SERVICES && (
          <ActionButton
            variant="quiet"
            icon="plus"
            isDisabled={busy}
            onPress={() => rows.append({ name: '', code: '', durationMinutes: 50, price: '' })}
          >
            Add a service
          </ActionButton>
        )}
      </PanelSaveFooter>
    </Form>
  );
}
