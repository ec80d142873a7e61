import { zodResolver } from '@hookform/resolvers/zod';
import { Form } from 'react-aria-components';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import {
  insuranceFields,
  SUBSCRIBER_RELATIONSHIP_LABELS,
  SUBSCRIBER_RELATIONSHIPS,
  type Insurance,
} from '../../../shared/billing/insurance-contract';
import { applyServerError } from '../forms/apply-server-error';
import { FormTextField } from '../ui/FormTextField';
import { SelectField } from '../ui/SelectField';
import { useSetInsurance } from './billing-queries';
import { PanelSaveFooter } from '../forms/PanelSaveFooter';

/** Nested as the channel takes it, so the main side's issues land under the fields they name. */
const schema = z.object({ insurance: insuranceFields });
const FIELDS = [
  'insurance.payer',
  'insurance.memberId',
  'insurance.groupNumber',
  'insurance.relationship',
  'insurance.subscriberName',
  'insurance.subscriberDateOfBirth',
] as const;

const RELATIONSHIP_OPTIONS = SUBSCRIBER_RELATIONSHIPS.map((id) => ({
  id,
  label: SUBSCRIBER_RELATIONSHIP_LABELS[id],
}));

/** The client's insurance as their superbills print it; the policy holder only when it is not the client. */
export function InsuranceForm({ clientId, insurance }: { clientId: string; insurance: Insurance }) {
  const save = useSetInsurance();
  const { control, handleSubmit, setError } = useForm<
    z.input<typeof schema>,
    unknown,
    z.output<typeof schema>
  >({
    resolver: zodResolver(schema),
    defaultValues: { insurance },
  });
  const relationship = useWatch({ control, name: 'insurance.relationship' });
  const busy = save.isPending;
  const onSubmit = handleSubmit((values) => {
    if (!busy) save.mutate({ clientId, insurance: values.insurance });
  });
  const formError = save.isError ? applyServerError(save.error, FIELDS, setError) : null;

  return (
    <Form className="stack--tight" onSubmit={onSubmit} validationBehavior="aria">
      <div className="form-row">
        <FormTextField control={control} name="insurance.payer" label="Insurer" isReadOnly={busy} />
        <FormTextField control={control} name="insurance.memberId" label="Member ID" isReadOnly={busy} />
        <FormTextField
          control={control}
          name="insurance.groupNumber"
          label="Group number"
          isReadOnly={busy}
        />
      </div>
      <div className="form-row">
        <Controller
          control={control}
          name="insurance.relationship"
          render={({ field }) => (
            <SelectField
              label="Policy holder"
              value={field.value}
              onChange={field.onChange}
              options={RELATIONSHIP_OPTIONS}
              isDisabled={busy}
              className="insurance-holder"
            />
          )}
        />
      </div>
      {relationship !== 'self' && (
        <div className="form-row">
          <FormTextField
            control={control}
            name="insurance.subscriberName"
            label="Policy holder’s name"
            isReadOnly={busy}
          />
          <FormTextField
            control={control}
            name="insurance.subscriberDateOfBirth"
            label="Policy holder’s date of birth"
            type="date"
            isReadOnly={busy}
          />
        </div>
      )}
      <PanelSaveFooter
        label="Save insurance"
        savedText="Insurance saved."
        saved={save.isSuccess}
        busy={busy}
        error={formError}
      />
    </Form>
  );
}
