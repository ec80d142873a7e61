import type { PaperSize } from '../../../shared/pdf/pdf-output';

/** Millimetres of the sheet and its margin; the printable area is what the plan has to fit. */
const SHEETS: Record<PaperSize, { width: number; height: number }> = {
  A4: { width: 210, height: 297 },
  Letter: { width: 215.9, height: 279.4 },
};
const MARGIN = 12;
const PX_PER_MM = 96 / 25.4;

export function safetyPlanPageRules(paper: PaperSize): string {
  return `@page { size: ${paper}; margin: ${MARGIN}mm; }`;
}

/** The printable width and height of the sheet, in CSS pixels. */
export function printableArea(paper: PaperSize): { width: number; height: number } {
  const sheet = SHEETS[paper];
  return {
    width: (sheet.width - 2 * MARGIN) * PX_PER_MM,
    height: (sheet.height - 2 * MARGIN) * PX_PER_MM,
  };
}

/** The type sizes tried, largest first: a short plan prints large, a long one shrinks to stay on one page. */
export const FIT_SIZES_PT = [12, 11.5, 11, 10.5, 10, 9.5, 9, 8.5, 8, 7.5, 7];

/**
 * Sets the page's type size to the largest that keeps the whole plan within one printable page
 * (laid out at the sheet's own width), or the smallest if none does; the printer then counts the
 * pages and refuses a plan that still runs over.
 */
export function fitToOnePage(page: HTMLElement, paper: PaperSize): void {
  const area = printableArea(paper);
  page.style.width = `${area.width}px`;
  for (const size of FIT_SIZES_PT) {
    page.style.fontSize = `${size}pt`;
    // A little room for the difference between screen and print layout.
    if (page.getBoundingClientRect().height <= area.height * 0.97) return;
  }
}
