/** The marks the charts share, so a legend swatch is drawn exactly like the series it names. */

/** 'earlier' draws answers of an earlier form of the same measure: its own line, never joined to 'secondary'. */
export type SeriesStyle = 'primary' | 'secondary' | 'earlier';

export function Marker({ x, y, series }: { x: number; y: number; series: SeriesStyle }) {
  return series === 'primary' ? (
    <circle className="chart__marker chart__marker--primary" cx={x} cy={y} r={3.5} />
  ) : (
    <rect
      className={`chart__marker chart__marker--${series}`}
      x={x - 3.2}
      y={y - 3.2}
      width={6.4}
      height={6.4}
    />
  );
}

export function SeriesSwatch({ series }: { series: SeriesStyle }) {
  return (
    <>
      <line className={`chart__line chart__line--${series}`} x1={1} x2={23} y1={6} y2={6} />
      <Marker x={12} y={6} series={series} />
    </>
  );
}

export function ReferenceSwatch() {
  return <line className="chart__reference" x1={1} x2={23} y1={6} y2={6} />;
}

export function DropMark({ x, y }: { x: number; y: number }) {
  return <path className="chart__drop" d={`M${x - 5},${y - 5}h10l-5,8z`} />;
}

/** Withdrawal hollow, confrontation filled, a session with both hollow and crossed: told apart by shape. */
export function RuptureMark({
  x,
  y,
  type,
}: {
  x: number;
  y: number;
  type: 'withdrawal' | 'confrontation' | 'both';
}) {
  const diamond = `M${x},${y - 5.5}l5.5,5.5l-5.5,5.5l-5.5,-5.5z`;
  return (
    <path
      className={`chart__rupture chart__rupture--${type}`}
      d={type === 'both' ? `${diamond}M${x - 5.5},${y}h11` : diamond}
    />
  );
}
