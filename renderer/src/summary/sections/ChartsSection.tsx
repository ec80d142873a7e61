import type { ChartsBlock } from '../../../../shared/summary/summary-document';
import { AllianceChart } from '../../charts/AllianceChart';
import { GasTrendChart } from '../../charts/GasTrendChart';
import { GoalRatingsChart } from '../../charts/GoalRatingsChart';

export function ChartsSection({ charts }: { charts: ChartsBlock }) {
  const rated = charts.tScores.client.length + charts.tScores.clinician.length > 0;
  return (
    <div className="summary__charts">
      {rated && <GasTrendChart client={charts.tScores.client} clinician={charts.tScores.clinician} />}
      {charts.alliance.length > 0 && <AllianceChart points={charts.alliance} />}
      {charts.goals
        .filter((goal) => goal.ratings.length > 0)
        .map((goal) => (
          <GoalRatingsChart
            key={goal.key}
            title={goal.label}
            ratings={goal.ratings}
            baseline={goal.baseline}
          />
        ))}
      {!rated && charts.alliance.length === 0 && (
        <p className="summary__empty">No ratings or sessions in this period to chart.</p>
      )}
    </div>
  );
}
