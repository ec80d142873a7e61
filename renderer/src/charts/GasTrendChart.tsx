import { formatShortDate } from '../../../shared/dates/format-date';
import type { TScorePoint } from './chart-data';
import { ChartAxes } from './ChartAxes';
import { ChartDataTable } from './ChartDataTable';
import { describeGasTrend } from './chart-descriptions';
import { ChartFigure } from './ChartFigure';
import { CHART_WIDTH, linePath, linearScale, showMarkers, timeAxis, type Plot } from './chart-geometry';
import { Marker, ReferenceSwatch, SeriesSwatch, type SeriesStyle } from './chart-marks';

interface GasTrendChartProps {
  client: readonly TScorePoint[];
  clinician: readonly TScorePoint[];
  title?: string;
}

const HEIGHT = 210;
const PLOT: Plot = { left: 38, right: CHART_WIDTH - 12, top: 10, bottom: HEIGHT - 26 };

/** The plan's GAS T-score over time, client and clinician apart, against the expected 50. */
export function GasTrendChart({ client, clinician, title = 'GAS T-score over time' }: GasTrendChartProps) {
  const all = [...client, ...clinician];
  const values = all.map((p) => p.t);
  const low = Math.floor(Math.min(30, ...values.map((v) => v - 5)) / 10) * 10;
  const high = Math.ceil(Math.max(70, ...values.map((v) => v + 5)) / 10) * 10;
  const y = linearScale([low, high], [PLOT.bottom, PLOT.top]);
  const time = timeAxis(
    all.map((p) => p.date),
    [PLOT.left + 10, PLOT.right - 10],
  );
  const grid = [];
  for (let v = low; v <= high; v += 10) grid.push({ y: y(v), label: String(v) });
  const series: [SeriesStyle, readonly TScorePoint[]][] = [
    ['primary', client],
    ['secondary', clinician],
  ];
  const rows = [...all]
    .map((p) => p.date)
    .filter((d, i, a) => a.indexOf(d) === i)
    .sort()
    .map((date) => [
      formatShortDate(date),
      client.find((p) => p.date === date)?.t.toFixed(1) ?? '—',
      clinician.find((p) => p.date === date)?.t.toFixed(1) ?? '—',
    ]);
  return (
    <ChartFigure
      title={title}
      description={describeGasTrend(client, clinician)}
      height={HEIGHT}
      legend={[
        { label: 'Client', swatch: <SeriesSwatch series="primary" /> },
        { label: 'Clinician', swatch: <SeriesSwatch series="secondary" /> },
        { label: '50 = as expected', swatch: <ReferenceSwatch /> },
      ]}
      table={<ChartDataTable caption={title} columns={['Date', 'Client T', 'Clinician T']} rows={rows} />}
    >
      <ChartAxes plot={PLOT} time={time} left={grid} />
      <line className="chart__reference" x1={PLOT.left} x2={PLOT.right} y1={y(50)} y2={y(50)} />
      {series.map(([style, points]) => {
        const xy = points.map((p) => ({ x: time.x(p.date), y: y(p.t) }));
        return (
          <g key={style}>
            <path className={`chart__line chart__line--${style}`} d={linePath(xy)} />
            {(showMarkers(points.length, PLOT.right - PLOT.left) || points.length === 1) &&
              xy.map((p, i) => <Marker key={i} x={p.x} y={p.y} series={style} />)}
          </g>
        );
      })}
    </ChartFigure>
  );
}
