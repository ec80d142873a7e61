import { zodResolver } from '@hookform/resolvers/zod';
import { Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { riskIntervals, type RiskIntervals } from '../../../shared/risk/risk-contract';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { FormNumberField } from '../ui/FormNumberField';
import { useRiskIntervals, useSetRiskIntervals } from './risk-queries';

function IntervalsForm({ intervals }: { intervals: RiskIntervals }) {
  const save = useSetRiskIntervals();
  const { control, handleSubmit } = useForm<RiskIntervals>({
    resolver: zodResolver(riskIntervals),
    defaultValues: intervals,
  });
  const onSubmit = handleSubmit((values) => {
    if (!save.isPending) save.mutate(values);
  });
  return (
    <Form className="stack--tight" onSubmit={onSubmit} validationBehavior="aria">
      <FormNumberField
        control={control}
        name="highDays"
        label="Review a high risk at least every (days)"
        minValue={1}
        maxValue={365}
        isReadOnly={save.isPending}
      />
      <FormNumberField
        control={control}
        name="moderateDays"
        label="Review a moderate risk at least every (days)"
        minValue={1}
        maxValue={365}
        isReadOnly={save.isPending}
      />
      {save.isSuccess && (
        <Alert tone="success">Saved. Home lists the clients whose review is older than this.</Alert>
      )}
      {save.isError && (
        <Alert tone="error">
          <p>{save.error.message}</p>
          <p>The intervals were not changed.</p>
        </Alert>
      )}
      <div className="form-actions">
        <ActionButton type="submit" isPending={save.isPending} pendingLabel="Saving…">
          Save review intervals
        </ActionButton>
      </div>
    </Form>
  );
}

/** How often a moderate or high risk is to be reviewed: Home lists the clients past it. */
export function RiskIntervalsPanel() {
  const intervals = useRiskIntervals();
  return (
    <section className="panel" aria-labelledby="settings-risk-intervals">
      <div className="panel__header">
        <h3 id="settings-risk-intervals">Risk reviews</h3>
        <p>
          When a client’s latest risk judgement is moderate or high, Home reminds you once the review is older
          than this.
        </p>
      </div>
      {intervals.isPending && <p className="muted">Loading…</p>}
      {intervals.isError && <Alert tone="error">{intervals.error.message}</Alert>}
      {intervals.data && <IntervalsForm intervals={intervals.data} />}
    </section>
  );
}
