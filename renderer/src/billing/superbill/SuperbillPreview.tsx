import { useLayoutEffect, useRef, useState } from 'react';
import type { SuperbillDocumentData } from '../../../../shared/billing/superbill-contract';
import { SuperbillDocument } from './SuperbillDocument';

/** Paper widths in CSS pixels (96 per inch). */
const PAPER_WIDTH = { A4: (210 / 25.4) * 96, Letter: 8.5 * 96 } as const;

/** The superbill on a sheet of the chosen paper, scaled to the width available as a print preview is. */
export function SuperbillPreview({ document }: { document: SuperbillDocumentData }) {
  const frame = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(0.75);
  const paperWidth = PAPER_WIDTH[document.paper];
  useLayoutEffect(() => {
    const element = frame.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setScale(Math.min(1, entry.contentRect.width / paperWidth));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [paperWidth]);
  return (
    // Scrolls on its own, so it takes focus: keyboard users can scroll the preview too.
    <div className="superbill-preview" ref={frame} tabIndex={0}>
      <div
        className={`superbill-preview__sheet superbill-preview__sheet--${document.paper}`}
        style={{ zoom: scale }}
        role="document"
        aria-label="Preview of the superbill"
      >
        <SuperbillDocument data={document} />
      </div>
    </div>
  );
}
