import { useLayoutEffect, useRef, useState } from 'react';
import type { PaperSize } from '../../../shared/pdf/pdf-output';

/** Paper widths in CSS pixels (96 per inch). */
const PAPER_WIDTH: Record<PaperSize, number> = { A4: (210 / 25.4) * 96, Letter: 8.5 * 96 };

/**
 * A sheet of the chosen paper scaled to the width its frame has, as a print preview is: put `frame`
 * on the frame and `scale` as the sheet's zoom. Never larger than the paper itself.
 */
export function useFitPaperWidth(paper: PaperSize) {
  const frame = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(1);
  const paperWidth = PAPER_WIDTH[paper];
  useLayoutEffect(() => {
    const element = frame.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setScale(Math.min(1, entry.contentRect.width / paperWidth));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [paperWidth]);
  return { frame, scale };
}
