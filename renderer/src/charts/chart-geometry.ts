import { dayValue, formatDayMonth, formatMonth } from '../../../shared/dates/format-date';

/** Every chart draws in the same coordinate space and scales to its container's width. */
export const CHART_WIDTH = 640;

export interface Plot {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface Scale {
  (value: number): number;
}

export function linearScale(domain: [number, number], range: [number, number]): Scale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  return (value) => r0 + ((value - d0) / span) * (r1 - r0);
}

const DAY = 86_400_000;

export interface TimeAxis {
  x(date: string): number;
  ticks: { x: number; label: string }[];
}

function addMonths(value: number, months: number): number {
  const d = new Date(value);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1);
}

function tickValues(min: number, max: number): { values: number[]; label: (v: number) => string } {
  const days = (max - min) / DAY;
  const iso = (v: number) => new Date(v).toISOString().slice(0, 10);
  if (days <= 75) {
    const step = [1, 2, 7, 14, 28].find((s) => days / s <= 6) ?? 28;
    const values: number[] = [];
    for (let v = min; v <= max; v += step * DAY) values.push(v);
    return { values, label: (v) => formatDayMonth(iso(v)) };
  }
  const months = days / 30.4;
  const step = [1, 2, 3, 6, 12, 24, 60].find((s) => months / s <= 6) ?? 120;
  const values: number[] = [];
  const start = new Date(min);
  // Start on a month that is a multiple of the step, so labels fall on quarters, halves and years.
  let v = Date.UTC(
    start.getUTCFullYear(),
    start.getUTCMonth() - (start.getUTCMonth() % Math.min(step, 12)),
    1,
  );
  if (v < min) v = addMonths(v, Math.min(step, 12));
  for (; v <= max; v = addMonths(v, step)) values.push(v);
  const label =
    step >= 12 ? (t: number) => String(new Date(t).getUTCFullYear()) : (t: number) => formatMonth(iso(t));
  return { values, label };
}

/** A time axis over the given days; a single day sits in the middle. */
export function timeAxis(dates: readonly string[], range: [number, number]): TimeAxis {
  const values = dates.map(dayValue);
  let min = Math.min(...values);
  let max = Math.max(...values);
  if (!Number.isFinite(min)) {
    min = 0;
    max = DAY;
  }
  if (max - min < DAY) {
    min -= DAY;
    max += DAY;
  }
  const scale = linearScale([min, max], range);
  const { values: ticks, label } = tickValues(min, max);
  return {
    x: (date) => scale(dayValue(date)),
    ticks: ticks.map((t) => ({ x: scale(t), label: label(t) })),
  };
}

/** An SVG path through the points, broken wherever a value is missing. */
export function linePath(points: readonly { x: number; y: number | null }[]): string {
  let path = '';
  let pen = false;
  for (const { x, y } of points) {
    if (y === null) {
      pen = false;
      continue;
    }
    path += `${pen ? 'L' : 'M'}${x.toFixed(1)},${y.toFixed(1)}`;
    pen = true;
  }
  return path;
}

/** Markers on every point only while they stay apart; a long history is read from the line. */
export function showMarkers(count: number, plotWidth: number): boolean {
  return count <= plotWidth / 9;
}
