import { useLayoutEffect, useRef, useState } from 'react';
import { formatDate } from '../../../shared/summary/format-date';
import type { SummaryDocumentData } from '../../../shared/summary/summary-document';
import { sectionTitle } from '../../../shared/summary/summary-sections';
import { SummaryDocument } from './SummaryDocument';

/** Paper widths in CSS pixels (96 per inch). */
const PAPER_WIDTH = { A4: (210 / 25.4) * 96, Letter: 8.5 * 96 } as const;

/** Scales the page to the width available, as a print preview does. */
function useFitWidth(paperWidth: number) {
  const frame = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(1);
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

/**
 * The summary as it will print: the same document component and styles, on a sheet of the chosen
 * paper, with the header and footer every page carries. What is left out is listed above the sheet
 * and marked where it would have been.
 */
export function SummaryPreview({ document }: { document: SummaryDocumentData }) {
  const { frame, scale } = useFitWidth(PAPER_WIDTH[document.paper]);
  const practice = document.practice.practiceName || document.practice.clinicianName;
  const name = document.heading.chosenName ?? document.heading.legalName;
  return (
    <div className="summary-preview">
      <div className="summary-preview__left-out" aria-live="polite">
        {document.leftOut.length === 0 ? (
          <p>Every section is included.</p>
        ) : (
          <>
            <p>Left out of this summary:</p>
            <ul>
              {document.leftOut.map((key) => (
                <li key={key}>{sectionTitle(key)}</li>
              ))}
            </ul>
          </>
        )}
      </div>
      {/* Scrolls on its own, so it takes focus: keyboard users can scroll the preview too. */}
      <div className="summary-preview__frame" ref={frame} tabIndex={0}>
        <div
          className={`summary-preview__sheet summary-preview__sheet--${document.paper}`}
          style={{ zoom: scale }}
          role="document"
          aria-label="Preview of the summary"
        >
          <div className="summary-preview__furniture">
            <span>{name ? `Client summary · ${name}` : 'Client summary'}</span>
            <span className="summary-preview__confidential">CONFIDENTIAL</span>
          </div>
          <SummaryDocument data={document} preview />
          <div className="summary-preview__furniture">
            <span>
              Generated {formatDate(document.generatedOn)}
              {practice ? ` · ${practice}` : ''}
            </span>
            <span>Page 1 of …</span>
          </div>
        </div>
      </div>
    </div>
  );
}
