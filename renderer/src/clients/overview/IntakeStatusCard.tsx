import { Alert } from '../../ui/Alert';
import { ActionButton } from '../../ui/ActionButton';
import { formatDay, formatSavedAt } from '../../../../shared/dates/format-moment';
import { useClientPage } from '../client-page-context';
import { useClient } from '../clients-queries';
import { OverviewCard } from '../../ui/OverviewCard';

/** Where the intake stands, with the way back into it: a waiting draft is offered first. */
export function IntakeStatusCard({ clientId }: { clientId: string }) {
  const client = useClient(clientId);
  const page = useClientPage();
  if (!client.data) return client.isError ? <Alert tone="error">{client.error.message}</Alert> : null;
  const { intakeCompletedAt, draft } = client.data;
  const open = () => page.selectTab('intake', 'edit-intake');
  return (
    <OverviewCard title="Intake">
      <p>{intakeCompletedAt ? `Completed on ${formatDay(intakeCompletedAt)}.` : 'Not completed yet.'}</p>
      {draft && (
        <p className="muted">Unsaved changes from {formatSavedAt(draft.savedAt)} are kept as a draft.</p>
      )}
      <div className="button-row">
        <ActionButton variant={intakeCompletedAt && !draft ? 'secondary' : 'primary'} onPress={open}>
          {draft ? 'Continue intake' : intakeCompletedAt ? 'Edit intake' : 'Start intake'}
        </ActionButton>
      </div>
    </OverviewCard>
  );
}
