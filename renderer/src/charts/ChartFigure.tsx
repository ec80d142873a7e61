import { useContext, useId, type ReactNode } from 'react';
import { OnPaperContext } from '../ui/on-paper';
import { CHART_WIDTH } from './chart-geometry';
import './charts.css';

export interface LegendItem {
  label: string;
  swatch: ReactNode;
}

interface ChartFigureProps {
  title: string;
  /** The chart's text alternative: what a reader who cannot see it needs to know. */
  description: string;
  height: number;
  legend: readonly LegendItem[];
  /** The data as a table for screen readers; it is not printed (the description is). */
  table: ReactNode;
  children: ReactNode;
}

/**
 * The frame every chart shares: a visible title and legend as real text, the drawing as an image
 * with a title and description, the description printed under it, and a data table for assistive
 * technology.
 */
export function ChartFigure({ title, description, height, legend, table, children }: ChartFigureProps) {
  const id = useId();
  // In a tagged PDF a Figure's alternate text stands for everything under it, so a figure around
  // the drawing would hide the printed description from a screen reader. On paper the frame is a
  // named group, the drawing alone is the Figure, and the description a paragraph after it.
  const onPaper = useContext(OnPaperContext);
  const Frame = onPaper ? 'div' : 'figure';
  const Caption = onPaper ? 'p' : 'figcaption';
  return (
    <Frame className="chart" role={onPaper ? 'group' : undefined} aria-labelledby={`${id}-title`}>
      <div className="chart__head">
        <span className="chart__title" id={`${id}-title`}>
          {title}
        </span>
        <ul className="chart__legend" aria-hidden="true">
          {legend.map((item) => (
            <li key={item.label}>
              <svg className="chart__swatch" viewBox="0 0 24 12" width="24" height="12">
                {item.swatch}
              </svg>
              {item.label}
            </li>
          ))}
        </ul>
      </div>
      <svg
        className="chart__svg"
        viewBox={`0 0 ${CHART_WIDTH} ${height}`}
        role="img"
        aria-labelledby={`${id}-svg-title`}
        aria-describedby={`${id}-caption`}
        preserveAspectRatio="xMidYMid meet"
      >
        <title id={`${id}-svg-title`}>{title}</title>
        <desc>{description}</desc>
        {children}
      </svg>
      <Caption className="chart__caption" id={`${id}-caption`}>
        {description}
      </Caption>
      <div className="chart__table">{table}</div>
    </Frame>
  );
}
