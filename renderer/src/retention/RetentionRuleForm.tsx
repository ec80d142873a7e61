import { zodResolver } from '@hookform/resolvers/zod';
import { Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { retentionRule, type RetentionRule } from '../../../shared/clients/retention';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { FormNumberField } from '../ui/FormNumberField';
import { useSetRetentionRule } from './retention-queries';

/** The jurisdiction's rule: every retention date is worked out from it, and moves when it changes. */
export function RetentionRuleForm({ rule }: { rule: RetentionRule }) {
  const save = useSetRetentionRule();
  const { control, handleSubmit } = useForm<RetentionRule>({
    resolver: zodResolver(retentionRule),
    defaultValues: rule,
  });
  const busy = save.isPending;
  const onSubmit = handleSubmit((values) => {
    if (!busy) save.mutate(values);
  });
  return (
    <Form className="stack--tight" onSubmit={onSubmit} validationBehavior="aria">
      <FormNumberField
        control={control}
        name="adultYears"
        label="Years after the last service"
        description="For every client. A service is a signed note or an attended appointment."
        minValue={1}
        maxValue={100}
        isReadOnly={busy}
      />
      <FormNumberField
        control={control}
        name="ageOfMajority"
        label="Age of majority"
        minValue={14}
        maxValue={25}
        isReadOnly={busy}
      />
      <FormNumberField
        control={control}
        name="minorYearsAfterMajority"
        label="Years after coming of age"
        description="For someone seen as a minor: kept at least this long after they reach the age above. Whichever date is later applies."
        minValue={0}
        maxValue={100}
        isReadOnly={busy}
      />
      {save.isSuccess && (
        <Alert tone="success">
          <p>Saved. Every record’s date now follows this rule.</p>
        </Alert>
      )}
      {save.isError && (
        <Alert tone="error">
          <p>{save.error.message}</p>
          <p>The rule was not changed.</p>
        </Alert>
      )}
      <div className="form-actions">
        <ActionButton type="submit" isPending={busy} pendingLabel="Saving…">
          Save retention rule
        </ActionButton>
      </div>
    </Form>
  );
}
