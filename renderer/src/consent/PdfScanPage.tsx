import { useEffect, useRef, useState } from 'react';
import {
  AnnotationMode,
  RenderingCancelledException,
  type PDFDocumentProxy,
  type RenderTask,
} from 'pdfjs-dist';
import { missedImages } from './pdf-scan-document';

/** A page is drawn when it comes within one view's height of the visible part, and let go beyond it. */
const NEAR = '100% 0px';
/** A canvas's pixels at most: an odd page (a long receipt) is drawn less sharply, not with gigabytes. */
const MAX_PIXELS = 4096 * 4096;

interface PdfScanPageProps {
  pdf: PDFDocumentProxy;
  pageNumber: number;
  pageCount: number;
  /** Width over height, used until the page itself is opened. */
  aspect: number;
  title: string;
  /** The scrolling list the page sits in: what "near" is measured against. */
  scroller: HTMLElement;
  onMissedImages: (missed: true) => void;
}

/** One page of a scanned PDF on a canvas as wide as the list, with as many pixels as the screen has. */
export function PdfScanPage({
  pdf,
  pageNumber,
  pageCount,
  aspect,
  title,
  scroller,
  onMissedImages,
}: PdfScanPageProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [near, setNear] = useState(false);
  const [pageAspect, setPageAspect] = useState(aspect);
  const [drawn, setDrawn] = useState<'no' | 'yes' | 'failed'>('no');

  useEffect(() => {
    // One canvas is watched, so the last entry is its latest state.
    const observer = new IntersectionObserver((entries) => setNear(entries.at(-1)!.isIntersecting), {
      root: scroller,
      rootMargin: NEAR,
    });
    observer.observe(canvasRef.current!);
    return () => observer.disconnect();
  }, [scroller]);

  useEffect(() => {
    if (!near) return;
    const canvas = canvasRef.current!;
    let task: RenderTask | null = null;
    let current = true;
    (async () => {
      const page = await pdf.getPage(pageNumber);
      if (!current) return;
      const natural = page.getViewport({ scale: 1 });
      setPageAspect(natural.width / natural.height);
      let scale = ((canvas.clientWidth || natural.width) / natural.width) * (window.devicePixelRatio || 1);
      const pixels = natural.width * natural.height * scale * scale;
      if (pixels > MAX_PIXELS) scale *= Math.sqrt(MAX_PIXELS / pixels);
      const viewport = page.getViewport({ scale });
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      // Annotations that carry their own appearance (a stamp, an ink signature) are part of what
      // was signed, so they are drawn; form fields are never made interactive.
      task = page.render({ canvas, viewport, annotationMode: AnnotationMode.ENABLE });
      await task.promise;
      if (!current) return;
      setDrawn('yes');
      if (missedImages(page)) onMissedImages(true);
    })().catch((error: unknown) => {
      if (current && !(error instanceof RenderingCancelledException)) setDrawn('failed');
    });
    return () => {
      current = false;
      task?.cancel();
      // The pixels are let go now rather than whenever the canvas is collected.
      canvas.width = 0;
      canvas.height = 0;
      setDrawn('no');
    };
  }, [near, pdf, pageNumber, onMissedImages]);

  const place = `page ${pageNumber} of ${pageCount}`;
  return (
    <figure className="scan-page">
      <canvas
        ref={canvasRef}
        className="scan-page__canvas"
        style={{ aspectRatio: pageAspect }}
        role="img"
        aria-label={`Scan of the signed paper: ${title}, ${place}`}
        data-drawn={drawn}
      />
      <figcaption className="scan-page__caption">
        {drawn === 'failed'
          ? `This page cannot be drawn: the file looks damaged (${place}).`
          : `Page ${pageNumber} of ${pageCount}`}
      </figcaption>
    </figure>
  );
}
