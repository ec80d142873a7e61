import { formatShortDate } from '../../../shared/dates/format-date';
import type { GasLevel, GoalRatingPoint } from './chart-data';
import { ChartAxes } from './ChartAxes';
import { ChartDataTable } from './ChartDataTable';
import { describeGoalRatings, signedLevel } from './chart-descriptions';
import { ChartFigure } from './ChartFigure';
import { CHART_WIDTH, linePath, linearScale, showMarkers, timeAxis, type Plot } from './chart-geometry';
import { Marker, ReferenceSwatch, SeriesSwatch, type SeriesStyle } from './chart-marks';

interface GoalRatingsChartProps {
  title: string;
  ratings: readonly GoalRatingPoint[];
  baseline: GasLevel;
}

const HEIGHT = 150;
const PLOT: Plot = { left: 38, right: CHART_WIDTH - 12, top: 10, bottom: HEIGHT - 26 };
const LEVELS: GasLevel[] = [2, 1, 0, -1, -2];

/** One goal's ratings on its five levels, by client and clinician, with the baseline it started from. */
export function GoalRatingsChart({ title, ratings, baseline }: GoalRatingsChartProps) {
  const y = linearScale([-2, 2], [PLOT.bottom - 6, PLOT.top + 6]);
  const time = timeAxis(
    ratings.map((r) => r.date),
    [PLOT.left + 10, PLOT.right - 10],
  );
  const series: [SeriesStyle, readonly GoalRatingPoint[]][] = [
    ['primary', ratings.filter((r) => r.rater === 'client')],
    ['secondary', ratings.filter((r) => r.rater === 'clinician')],
  ];
  return (
    <ChartFigure
      title={title}
      description={describeGoalRatings(ratings, baseline)}
      height={HEIGHT}
      legend={[
        { label: 'Client', swatch: <SeriesSwatch series="primary" /> },
        { label: 'Clinician', swatch: <SeriesSwatch series="secondary" /> },
        { label: 'Baseline', swatch: <ReferenceSwatch /> },
      ]}
      table={
        <ChartDataTable
          caption={title}
          columns={['Date', 'Rated by', 'Level']}
          rows={ratings.map((r) => [formatShortDate(r.date), r.rater, signedLevel(r.level)])}
        />
      }
    >
      <ChartAxes
        plot={PLOT}
        time={time}
        left={LEVELS.map((level) => ({ y: y(level), label: signedLevel(level) }))}
      />
      <line className="chart__reference" x1={PLOT.left} x2={PLOT.right} y1={y(baseline)} y2={y(baseline)} />
      {series.map(([style, points]) => {
        const xy = points.map((p) => ({ x: time.x(p.date), y: y(p.level) }));
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
