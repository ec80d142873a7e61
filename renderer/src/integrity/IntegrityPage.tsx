import { useNavigate } from '../navigation/routes';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { PageHeader } from '../ui/PageHeader';
import { CheckList } from './CheckList';
import { CheckNow } from './CheckNow';
import { Findings } from './Findings';
import { useIntegrityStatus } from './integrity-queries';
import { KeptAsEvidence } from './KeptAsEvidence';
import { LastCheck } from './LastCheck';
import './integrity.css';

/**
 * Settings → Integrity: the last check of the open vault and "Check now"; what a check found, in
 * words, each with the record it concerns; and, when the vault is kept read-only because of it,
 * what that means and what to do.
 */
export function IntegrityPage() {
  const navigate = useNavigate();
  const status = useIntegrityStatus();
  const last = status.data?.last ?? null;
  return (
    <>
      <div className="integrity-back">
        <ActionButton variant="quiet" onPress={() => navigate({ page: 'settings' })}>
          Back to Settings
        </ActionButton>
      </div>
      <PageHeader title="Integrity">
        <p>
          Whether your vault is exactly as Rapport wrote it: every encrypted page, every signed note and
          addendum, the protections built into the database, and the audit trail from its first entry to its
          last.
        </p>
      </PageHeader>
      {status.isError && <Alert tone="error">{status.error.message}</Alert>}
      {status.data?.readOnly && <KeptAsEvidence />}
      <section className="panel" aria-labelledby="integrity-last-check">
        <div className="panel__header">
          <h2 id="integrity-last-check" className="integrity-panel-title">
            Last check
          </h2>
          <p>
            Rapport checks by itself after you unlock and once a day while the vault is open; a check that
            finds nothing wrong is recorded in the audit trail.
          </p>
        </div>
        {status.isPending && <p className="muted">Loading…</p>}
        {status.data && <LastCheck status={status.data} />}
        <CheckNow />
      </section>
      {last && !last.ok && <Findings report={last} />}
      {last && <CheckList report={last} />}
    </>
  );
}
