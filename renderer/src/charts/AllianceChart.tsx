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

const OPEN_LABELS: Record<string, string> = {
  none: 'all resolved',
  '': 'outcome not recorded',
  partly: 'partly resolved',
  unresolved: 'not resolved',
  unclear: 'outcome unclear',
};

/** Each feedback form's answers placed on the plot's 0–100 height: its own scale, its own line. */
const FEEDBACK_HEIGHT = {
  1: (v: number) => v * 10,
  2: (v: number) => (v - 1) * 25,
} as const;

function ruptureCell(p: AllianceSessionPoint): string {
  if (p.ruptureKind === 'none') return '';
  const count = p.ruptures === 1 ? '1 rupture' : `${p.ruptures} ruptures`;
  return `${count}, ${p.ruptureKind === 'both' ? 'withdrawal and confrontation' : p.ruptureKind}, ${OPEN_LABELS[p.ruptureOpen] ?? ''}`;
}

function feedbackCell(p: AllianceSessionPoint): string {
  if (p.feedback === null) return '—';
  return p.feedbackForm === 1
    ? `${p.feedback.toFixed(1)} of 10 (earlier form)`
    : `${p.feedback.toFixed(1)} of 5`;
}

/**
 * The working alliance session by session: the relationship checklist (0–100, left scale) and the
 * client's own feedback (right scale, 1–5) with drops flagged above and ruptures marked below.
 * Feedback given on the earlier 0–10 form is a separate dotted line: the two forms' scales are
 * never joined into one line.
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
  const feedbackOn = (form: 1 | 2) =>
    points.map((p) => ({
      x: time.x(p.date),
      y: p.feedback === null || p.feedbackForm !== form ? null : y(FEEDBACK_HEIGHT[form](p.feedback)),
    }));
  const feedback = feedbackOn(2);
  const earlier = feedbackOn(1);
  const hasEarlier = earlier.some((p) => p.y !== null);
  const hasCurrent = feedback.some((p) => p.y !== null) || !hasEarlier;
  const levels = [0, 25, 50, 75, 100];
  return (
    <ChartFigure
      title={title}
      description={describeAlliance(points)}
      height={HEIGHT}
      legend={[
        { label: 'Checklist (%)', swatch: <SeriesSwatch series="primary" /> },
        ...(hasCurrent
          ? [{ label: 'Client feedback (1–5)', swatch: <SeriesSwatch series="secondary" /> }]
          : []),
        ...(hasEarlier
          ? [{ label: 'Feedback, earlier form (0–10)', swatch: <SeriesSwatch series="earlier" /> }]
          : []),
        { label: 'Drop', swatch: <DropMark x={12} y={5} /> },
        { label: 'Withdrawal rupture', swatch: <RuptureMark x={12} y={6} type="withdrawal" /> },
        { label: 'Confrontation rupture', swatch: <RuptureMark x={12} y={6} type="confrontation" /> },
        { label: 'Both in one session', swatch: <RuptureMark x={12} y={6} type="both" /> },
      ]}
      table={
        <ChartDataTable
          caption={title}
          columns={['Date', 'Checklist %', 'Feedback', 'Drop', 'Rupture']}
          rows={points.map((p) => [
            formatShortDate(p.date),
            p.checklist === null ? '—' : String(p.checklist),
            feedbackCell(p),
            p.drop ? 'Drop' : '',
            ruptureCell(p),
          ])}
        />
      }
    >
      <ChartAxes
        plot={PLOT}
        time={time}
        left={levels.map((v) => ({ y: y(v), label: `${v}%` }))}
        // The right scale reads the current form; earlier-form values are in the table and legend.
        right={
          hasCurrent
            ? levels.map((v) => ({ y: y(v), label: String(1 + v / 25) }))
            : levels.map((v) => ({ y: y(v), label: String(v / 10) }))
        }
      />
      <path className="chart__line chart__line--primary" d={linePath(checklist)} />
      <path className="chart__line chart__line--secondary" d={linePath(feedback)} />
      {hasEarlier && <path className="chart__line chart__line--earlier" d={linePath(earlier)} />}
      {marks &&
        checklist.map((p, i) => p.y !== null && <Marker key={`c${i}`} x={p.x} y={p.y} series="primary" />)}
      {marks &&
        feedback.map((p, i) => p.y !== null && <Marker key={`f${i}`} x={p.x} y={p.y} series="secondary" />)}
      {marks &&
        earlier.map((p, i) => p.y !== null && <Marker key={`e${i}`} x={p.x} y={p.y} series="earlier" />)}
      {points.map((p, i) => (p.drop ? <DropMark key={`d${i}`} x={time.x(p.date)} y={PLOT.top - 6} /> : null))}
      {points.map((p, i) =>
        p.ruptureKind === 'none' ? null : (
          <RuptureMark key={`r${i}`} x={time.x(p.date)} y={RUPTURE_ROW} type={p.ruptureKind} />
        ),
      )}
    </ChartFigure>
  );
}
