import { RISK_LABELS } from '../../../../shared/clients/intake-schema';
import { formatDate } from '../../../../shared/dates/format-date';
import { Alert } from '../../ui/Alert';
import { Icon } from '../../ui/Icon';
import { useRiskHistory } from '../../risk/risk-queries';
import { useSafetyPlan } from '../../safety-plan/safety-plan-queries';
import { useClient } from '../clients-queries';
import { OverviewCard } from '../../ui/OverviewCard';

const RISKS = [
  { key: 'suicidalThoughts', label: 'Suicidal thoughts' },
  { key: 'selfHarm', label: 'Self-harm' },
  { key: 'harmToOthers', label: 'Thoughts of harming others' },
] as const;

/**
 * Risk as recorded in the intake, for a client with no risk review yet; a current risk is marked so
 * it cannot be missed. Once a review exists, Risk over time carries the intake's answers as its
 * first entry, and two cards would contradict each other. The same goes for a safety plan written
 * in Rapport: its own card says what is agreed.
 */
export function RiskCard({ clientId }: { clientId: string }) {
  const client = useClient(clientId);
  const history = useRiskHistory(clientId);
  const safetyPlan = useSafetyPlan(clientId);
  if (!client.data) return client.isError ? <Alert tone="error">{client.error.message}</Alert> : null;
  if (!history.data || history.data.reviews.length > 0) return null;
  const risk = client.data.intake.risk;
  const planInRapport = (safetyPlan.data?.versions.length ?? 0) > 0;
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
      {!planInRapport && (
        <p>
          {risk.safetyPlan
            ? risk.safetyPlanDate
              ? `Safety plan in place, dated ${formatDate(risk.safetyPlanDate)}.`
              : 'Safety plan in place (no date recorded).'
            : 'No safety plan recorded.'}
        </p>
      )}
    </OverviewCard>
  );
}
