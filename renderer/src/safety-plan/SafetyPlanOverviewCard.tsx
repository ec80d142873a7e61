import { formatDate } from '../../../shared/dates/format-date';
import { useClientPage } from '../clients/client-page-context';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { OverviewCard } from '../ui/OverviewCard';
import { useSafetyPlan } from './safety-plan-queries';

/** Beside risk on the overview: whether a safety plan is agreed, since when, and any draft waiting. */
export function SafetyPlanOverviewCard({ clientId }: { clientId: string }) {
  const plan = useSafetyPlan(clientId);
  const page = useClientPage();
  if (plan.isError) return <Alert tone="error">{plan.error.message}</Alert>;
  if (!plan.data) return null;
  const agreed = plan.data.versions.find((v) => v.agreement !== null);
  const draft = plan.data.versions[0]?.agreement === null ? plan.data.versions[0] : undefined;
  return (
    <OverviewCard
      title="Safety plan"
      action={
        <ActionButton variant="quiet" onPress={() => page.selectTab('safety-plan')}>
          Open safety plan
        </ActionButton>
      }
    >
      <p>
        {agreed
          ? `Version ${agreed.number}, agreed ${formatDate(agreed.agreement!.agreedOn)}.`
          : 'No safety plan agreed.'}
        {draft && ` A draft (version ${draft.number}) is waiting for the client’s agreement.`}
      </p>
    </OverviewCard>
  );
}
