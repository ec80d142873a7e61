import { RISK_LABELS } from '../../../../shared/clients/intake-schema';
import { formatDate } from '../../../../shared/dates/format-date';
import { Alert } from '../../ui/Alert';
import { Icon } from '../../ui/Icon';
import { useClient } from '../clients-queries';
import { OverviewCard } from '../../ui/OverviewCard';

const RISKS = [
  { key: 'suicidalThoughts', label: 'Suicidal thoughts' },
  { key: 'selfHarm', label: 'Self-harm' },
  { key: 'harmToOthers', label: 'Thoughts of harming others' },
] as const;

/** Risk as last recorded in the intake; a current risk is marked so it cannot be missed. */
export function RiskCard({ clientId }: { clientId: string }) {
  const client = useClient(clientId);
  if (!client.data) return client.isError ? <Alert tone="error">{client.error.message}</Alert> : null;
  const risk = client.data.intake.risk;
  return (
    <OverviewCard title="Risk and safety">
      <ul className="risk-list">
        {RISKS.map(({ key, label }) => (
          <li key={key} className={`risk-list__item risk-list__item--${risk[key]}`}>
            <span>{label}</span>
            <span className="risk-list__level">
              {risk[key] === 'current' && <Icon name="alert" size={16} />}
              {RISK_LABELS[risk[key]]}
            </span>
          </li>
        ))}
      </ul>
      <p>
        {risk.safetyPlan
          ? risk.safetyPlanDate
            ? `Safety plan in place, dated ${formatDate(risk.safetyPlanDate)}.`
            : 'Safety plan in place (no date recorded).'
          : 'No safety plan recorded.'}
      </p>
    </OverviewCard>
  );
}
