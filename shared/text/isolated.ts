import { hasRightToLeft } from './paragraph-direction';

/**
 * A name or value set into a line of plain text (a running header, a chart's title), isolated from
 * the words around it with FSI … PDI, what <bdi> does in a page, so "Client summary · يوسف حداد"
 * keeps its order and its separators. A value with no right-to-left letters cannot be reordered in
 * a left-to-right line and is left as it is, so it copies out of a PDF without invisible marks.
 */
export function isolated(value: string): string {
  return hasRightToLeft(value) ? `\u2068${value}\u2069` : value;
}
