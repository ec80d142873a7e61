import type { Plot, TimeAxis } from './chart-geometry';

interface ChartAxesProps {
  plot: Plot;
  time: TimeAxis;
  /** Horizontal grid lines with their labels on the left. */
  left: readonly { y: number; label: string }[];
  /** Labels on the right, for a second scale sharing the same lines. */
  right?: readonly { y: number; label: string }[];
}

export function ChartAxes({ plot, time, left, right = [] }: ChartAxesProps) {
  return (
    <g className="chart__axes" aria-hidden="true">
      {left.map((tick) => (
        <g key={`l${tick.label}`}>
          <line className="chart__grid" x1={plot.left} x2={plot.right} y1={tick.y} y2={tick.y} />
          <text
            className="chart__tick"
            x={plot.left - 6}
            y={tick.y}
            textAnchor="end"
            dominantBaseline="middle"
          >
            {tick.label}
          </text>
        </g>
      ))}
      {right.map((tick) => (
        <text
          key={`r${tick.label}`}
          className="chart__tick"
          x={plot.right + 6}
          y={tick.y}
          textAnchor="start"
          dominantBaseline="middle"
        >
          {tick.label}
        </text>
      ))}
      <line className="chart__axis" x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} />
      {time.ticks.map((tick) => (
        <g key={`t${tick.x}`}>
          <line className="chart__axis" x1={tick.x} x2={tick.x} y1={plot.bottom} y2={plot.bottom + 4} />
          <text className="chart__tick" x={tick.x} y={plot.bottom + 16} textAnchor="middle">
            {tick.label}
          </text>
        </g>
      ))}
    </g>
  );
}
