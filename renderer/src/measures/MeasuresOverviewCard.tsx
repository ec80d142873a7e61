import { formatDate } from '../../../shared/dates/format-date';
import { instrumentById } from '../../../shared/measures/registry';
import { bandFor } from '../../../shared/measures/scoring';
import { useClientPage } from '../clients/client-page-context';
import { ActionButton } from '../ui/ActionButton';
import { OverviewCard } from '../ui/OverviewCard';
import { MeasureRiskFlag } from './MeasureRiskFlag';
import { useClientMeasures } from './measure-queries';

/** On the overview: any risk item still to review, what is due, and each measure's latest score. */
export function MeasuresOverviewCard({ clientId }: { clientId: string }) {
  const measures = useClientMeasures(clientId);
  const page = useClientPage();
  if (!measures.data) return null;
  const { entries, due, schedules } = measures.data;
  if (entries.length === 0 && schedules.length === 0) return null;
  const counted = entries.filter((e) => e.supersededBy === null);
  const latest = [...new Set(counted.map((e) => e.instrumentId))].map((id) =>
    counted.filter((e) => e.instrumentId === id).at(-1)!,
  );
  return (
    <OverviewCard
      title="Outcome measures"
      action={
        <ActionButton variant="quiet" onPress={() => page.selectTab('measures')}>
          Open measures
        </ActionButton>
      }
    >
      <div className="stack">
        {entries
          .filter((e) => e.riskOpen)
          .map((e) => {
            const index = instrumentById(e.instrumentId)?.riskItem?.index ?? 0;
            return (
              <MeasureRiskFlag
                key={e.id}
                clientId={clientId}
                measureId={e.id}
                instrumentId={e.instrumentId}
                completedOn={e.completedOn}
                answer={e.answers[index] ?? 0}
              />
            );
          })}
        {latest.map((e) => {
          const instrument = instrumentById(e.instrumentId)!;
          return (
            <p key={e.id} className="measure-card__latest">
              {instrument.shortName}: {e.total} ({bandFor(instrument, e.total).label}),{' '}
              {formatDate(e.completedOn)}
            </p>
          );
        })}
        {due.map((d) => (
          <p key={d.instrumentId} className="measure-card__latest">
            <strong>{instrumentById(d.instrumentId)?.shortName} due</strong> since {formatDate(d.dueOn)}
          </p>
        ))}
      </div>
    </OverviewCard>
  );
}
