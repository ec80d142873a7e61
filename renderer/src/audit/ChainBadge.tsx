import { Alert } from '../ui/Alert';
import { Icon } from '../ui/Icon';
import { useAuditChain } from './audit-queries';

const COUNT = new Intl.NumberFormat();

function entries(n: number): string {
  return `${COUNT.format(n)} ${n === 1 ? 'entry' : 'entries'}`;
}

/**
 * Whether the audit trail is whole: every entry's seal recomputed and linked to the one before.
 * Intact is a quiet badge; a break is an alarm that says where, since everything after it is unproven.
 */
export function ChainBadge() {
  const chain = useAuditChain();
  if (chain.isPending) return <p className="muted">Checking the audit trail…</p>;
  if (chain.isError) return <Alert tone="error">{chain.error.message}</Alert>;
  const report = chain.data;
  if (report.ok) {
    return (
      <div className="chain-badge" role="status">
        <Icon name="check" size={18} />
        <span>
          <strong>Intact:</strong> {entries(report.checked)} verified
          {report.unsealed > 0 &&
            ` (${entries(report.unsealed)} from before sealing began are sealed at the next unlock)`}
        </span>
      </div>
    );
  }
  const broken = report.firstBroken!;
  return (
    <Alert tone="error">
      <p>
        <strong>The audit trail has been altered at entry {COUNT.format(broken.id)}.</strong> {broken.reason}
      </p>
      <p>
        {report.checked > 0 && `The ${entries(report.checked)} before it are intact. `}
        Nothing from that entry on can be vouched for. Export the trail now and keep this vault folder as it
        is, so the change can be looked into.
      </p>
    </Alert>
  );
}
