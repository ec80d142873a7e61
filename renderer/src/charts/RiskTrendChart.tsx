import { formatShortDate } from '../../../shared/dates/format-date';
import type { RiskJudgementPoint } from './chart-data';
import { ChartAxes } from './ChartAxes';
import { ChartDataTable } from './ChartDataTable';
import { ChartFigure } from './ChartFigure';
import { CHART_WIDTH, linePath, linearScale, showMarkers, timeAxis, type Plot } from './chart-geometry';
import { Marker, SeriesSwatch } from './chart-marks';

const HEIGHT = 130;
const PLOT: Plot = { left: 72, right: CHART_WIDTH - 12, top: 12, bottom: HEIGHT - 26 };
const LEVEL = { low: 0, moderate: 1, high: 2 } as const;
const LABEL = { low: 'Low', moderate: 'Moderate', high: 'High' } as const;

/** What the chart shows, in words: where the judgement started, where it went, where it is now. */
export function describeRiskTrend(points: readonly RiskJudgementPoint[]): string {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return 'No risk reviews yet.';
  if (points.length === 1)
    return `One risk review, on ${formatShortDate(last.date)}: ${LABEL[last.judgement]}.`;
  const highest = points.some((p) => p.judgement === 'high')
    ? 'high'
    : points.some((p) => p.judgement === 'moderate')
      ? 'moderate'
      : 'low';
  return (
    `${points.length} risk reviews from ${formatShortDate(first.date)} to ${formatShortDate(last.date)}: ` +
    `first ${LABEL[first.judgement]}, at most ${LABEL[highest]}, latest ${LABEL[last.judgement]}.`
  );
}

/** The clinician's overall risk judgement at each review, oldest first, on three levels. */
export function RiskTrendChart({ points }: { points: readonly RiskJudgementPoint[] }) {
  const title = 'Risk judgement over time';
  const y = linearScale([0, 2], [PLOT.bottom - 6, PLOT.top + 6]);
  const time = timeAxis(
    points.map((p) => p.date),
    [PLOT.left + 10, PLOT.right - 10],
  );
  const xy = points.map((p) => ({ x: time.x(p.date), y: y(LEVEL[p.judgement]) }));
  return (
    <ChartFigure
      title={title}
      description={describeRiskTrend(points)}
      height={HEIGHT}
      legend={[{ label: 'Clinician’s judgement', swatch: <SeriesSwatch series="primary" /> }]}
      table={
        <ChartDataTable
          caption={title}
          columns={['Date', 'Judgement']}
          rows={points.map((p) => [formatShortDate(p.date), LABEL[p.judgement]])}
        />
      }
    >
      <ChartAxes
        plot={PLOT}
        time={time}
        left={(['high', 'moderate', 'low'] as const).map((j) => ({ y: y(LEVEL[j]), label: LABEL[j] }))}
      />
      <path className="chart__line chart__line--primary" d={linePath(xy)} />
      {(showMarkers(points.length, PLOT.right - PLOT.left) || points.length === 1) &&
        xy.map((p, i) => <Marker key={i} x={p.x} y={p.y} series="primary" />)}
    </ChartFigure>
  );
}
