import { formatShortDate } from '../../../shared/dates/format-date';
import type { AllianceSessionPoint } from './chart-data';
import { ChartAxes } from './ChartAxes';
import { ChartDataTable } from './ChartDataTable';
import { describeAlliance } from './chart-descriptions';
import { ChartFigure } from './ChartFigure';
import { CHART_WIDTH, linePath, linearScale, showMarkers, timeAxis, type Plot } from './chart-geometry';
import { DropMark, Marker, RuptureMark, SeriesSwatch } from './chart-marks';

interface AllianceChartProps {
  points: readonly AllianceSessionPoint[];
  title?: string;
}

const HEIGHT = 230;
const PLOT: Plot = { left: 40, right: CHART_WIDTH - 34, top: 16, bottom: HEIGHT - 26 };
/** Rupture marks sit in their own band between the scores and the time axis, so they never hide a point. */
const SCORES_BOTTOM = PLOT.bottom - 22;
const RUPTURE_ROW = PLOT.bottom - 10;

const RESOLVED_LABELS: Record<string, string> = {
  yes: 'resolved',
  partly: 'partly resolved',
  no: 'not resolved',
};

/**
 * The working alliance session by session: the relationship checklist (0–100, left scale) and the
 * client's own feedback (0–10, right scale) on shared lines, with drops flagged above and ruptures
 * marked below.
 */
export function AllianceChart({ points, title = 'Working alliance by session' }: AllianceChartProps) {
  const y = linearScale([0, 100], [SCORES_BOTTOM, PLOT.top]);
  const time = timeAxis(
    points.map((p) => p.date),
    [PLOT.left + 10, PLOT.right - 10],
  );
  const marks = showMarkers(points.length, PLOT.right - PLOT.left);
  const checklist = points.map((p) => ({
    x: time.x(p.date),
    y: p.checklist === null ? null : y(p.checklist),
  }));
  const feedback = points.map((p) => ({
    x: time.x(p.date),
    y: p.feedback === null ? null : y(p.feedback * 10),
  }));
  const levels = [0, 25, 50, 75, 100];
  return (
    <ChartFigure
      title={title}
      description={describeAlliance(points)}
      height={HEIGHT}
      legend={[
        { label: 'Checklist (%)', swatch: <SeriesSwatch series="primary" /> },
        { label: 'Client feedback (0–10)', swatch: <SeriesSwatch series="secondary" /> },
        { label: 'Drop', swatch: <DropMark x={12} y={5} /> },
        { label: 'Withdrawal rupture', swatch: <RuptureMark x={12} y={6} type="withdrawal" /> },
        { label: 'Confrontation rupture', swatch: <RuptureMark x={12} y={6} type="confrontation" /> },
      ]}
      table={
        <ChartDataTable
          caption={title}
          columns={['Date', 'Checklist %', 'Feedback', 'Drop', 'Rupture']}
          rows={points.map((p) => [
            formatShortDate(p.date),
            p.checklist === null ? '—' : String(p.checklist),
            p.feedback === null ? '—' : p.feedback.toFixed(1),
            p.drop ? 'Drop' : '',
            p.rupture === 'none'
              ? ''
              : `${p.rupture}${RESOLVED_LABELS[p.resolved] ? `, ${RESOLVED_LABELS[p.resolved]}` : ''}`,
          ])}
        />
      }
    >
      <ChartAxes
        plot={PLOT}
        time={time}
        left={levels.map((v) => ({ y: y(v), label: `${v}%` }))}
        right={levels.map((v) => ({ y: y(v), label: String(v / 10) }))}
      />
      <path className="chart__line chart__line--primary" d={linePath(checklist)} />
      <path className="chart__line chart__line--secondary" d={linePath(feedback)} />
      {marks &&
        checklist.map((p, i) => p.y !== null && <Marker key={`c${i}`} x={p.x} y={p.y} series="primary" />)}
      {marks &&
        feedback.map((p, i) => p.y !== null && <Marker key={`f${i}`} x={p.x} y={p.y} series="secondary" />)}
      {points.map((p, i) => (p.drop ? <DropMark key={`d${i}`} x={time.x(p.date)} y={PLOT.top - 6} /> : null))}
      {points.map((p, i) =>
        p.rupture === 'none' ? null : (
          <RuptureMark key={`r${i}`} x={time.x(p.date)} y={RUPTURE_ROW} type={p.rupture} />
        ),
      )}
    </ChartFigure>
  );
}
