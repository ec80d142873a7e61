import { formatShortDate } from '../../../shared/dates/format-date';
import type { MeasureInstrument } from '../../../shared/measures/instrument';
import { changeInWords, judgeChange, reliableChangePoints } from '../../../shared/measures/reliable-change';
import { bandFor } from '../../../shared/measures/scoring';
import { ChartAxes } from './ChartAxes';
import { ChartDataTable } from './ChartDataTable';
import { ChartFigure } from './ChartFigure';
import { CHART_WIDTH, linePath, linearScale, showMarkers, timeAxis, type Plot } from './chart-geometry';
import { DropMark, Marker, ReferenceSwatch, SeriesSwatch } from './chart-marks';
import './measure-trend-chart.css';

const HEIGHT = 190;
const PLOT: Plot = { left: 40, right: CHART_WIDTH - 112, top: 10, bottom: HEIGHT - 26 };

export interface MeasurePoint {
  date: string;
  total: number;
}

/** What the chart shows, in words: the first and latest scores, their bands and the change. */
export function describeMeasureTrend(instrument: MeasureInstrument, points: readonly MeasurePoint[]): string {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return `No ${instrument.shortName} recorded yet.`;
  const band = (total: number) => bandFor(instrument, total).label.toLowerCase();
  if (points.length === 1) {
    return `One ${instrument.shortName}, on ${formatShortDate(last.date)}: ${last.total} (${band(last.total)}).`;
  }
  return (
    `${points.length} scores from ${formatShortDate(first.date)} to ${formatShortDate(last.date)}: ` +
    `first ${first.total} (${band(first.total)}), latest ${last.total} (${band(last.total)}). ` +
    changeInWords(instrument, judgeChange(instrument, first.total, last.total))
  );
}

/**
 * An instrument's totals over time over its severity bands, shaded from light to dark. The dashed
 * line is the clinical cut-off; a triangle marks a score that differs reliably from the first.
 */
export function MeasureTrendChart({
  instrument,
  points,
}: {
  instrument: MeasureInstrument;
  points: readonly MeasurePoint[];
}) {
  const title = `${instrument.shortName} over time`;
  const max = instrument.bands.at(-1)!.max;
  const y = linearScale([0, max], [PLOT.bottom, PLOT.top]);
  const time = timeAxis(
    points.map((p) => p.date),
    [PLOT.left + 10, PLOT.right - 10],
  );
  const xy = points.map((p) => ({ x: time.x(p.date), y: y(p.total) }));
  const threshold = reliableChangePoints(instrument);
  const first = points[0];
  const cutoff = instrument.change.clinicalCutoff.value;
  const reliable = points.map(
    (p, i) => i > 0 && first !== undefined && Math.abs(p.total - first.total) >= threshold,
  );
  return (
    <ChartFigure
      title={title}
      description={describeMeasureTrend(instrument, points)}
      height={HEIGHT}
      legend={[
        { label: 'Total', swatch: <SeriesSwatch series="primary" /> },
        { label: `Cut-off (${cutoff})`, swatch: <ReferenceSwatch /> },
        { label: `Reliable change from the first (${threshold} or more)`, swatch: <DropMark x={12} y={6} /> },
      ]}
      table={
        <ChartDataTable
          caption={title}
          columns={['Date', 'Total', 'Band', 'Reliable change from the first']}
          rows={points.map((p, i) => [
            formatShortDate(p.date),
            String(p.total),
            bandFor(instrument, p.total).label,
            reliable[i] ? 'Yes' : 'No',
          ])}
        />
      }
    >
      <g aria-hidden="true">
        {instrument.bands.map((band, i) => (
          <g key={band.key}>
            <rect
              className={`chart__band chart__band--${Math.min(i, 4)}`}
              x={PLOT.left}
              width={PLOT.right - PLOT.left}
              y={y(band.max + (i === instrument.bands.length - 1 ? 0 : 1))}
              height={y(band.min) - y(band.max + (i === instrument.bands.length - 1 ? 0 : 1))}
            />
            <text
              className="chart__tick"
              x={PLOT.right + 6}
              y={(y(band.min) + y(band.max + 1)) / 2}
              dominantBaseline="middle"
            >
              {band.label}
            </text>
          </g>
        ))}
        <line className="chart__reference" x1={PLOT.left} x2={PLOT.right} y1={y(cutoff)} y2={y(cutoff)} />
      </g>
      <ChartAxes
        plot={PLOT}
        time={time}
        left={instrument.bands
          .map((b) => ({ y: y(b.min), label: String(b.min) }))
          .concat({ y: y(max), label: String(max) })}
      />
      <path className="chart__line chart__line--primary" d={linePath(xy)} />
      {(showMarkers(points.length, PLOT.right - PLOT.left) || points.length === 1) &&
        xy.map((p, i) => <Marker key={i} x={p.x} y={p.y} series="primary" />)}
      {xy.map((p, i) => (reliable[i] ? <DropMark key={`r${i}`} x={p.x} y={p.y - 9} /> : null))}
    </ChartFigure>
  );
}
