import { useEffect, useState } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { Alert } from '../ui/Alert';
import { PdfScanPage } from './PdfScanPage';
import { openPdfScan } from './pdf-scan-document';

type Opened =
  | { state: 'opening' }
  | { state: 'open'; pdf: PDFDocumentProxy; aspect: number }
  | { state: 'failed'; message: string };

function failureMessage(error: unknown): string {
  // pdf.js does not export its password error's class; its name is part of the API.
  if (error instanceof Error && error.name === 'PasswordException') {
    return 'This PDF is protected by a password, so the app cannot show it. The file itself is kept whole in the vault.';
  }
  return 'This PDF cannot be read: the file looks damaged or is not a PDF. The file itself is kept as it was received.';
}

/**
 * A scanned PDF drawn page by page onto canvases, from bytes in memory. Each page is drawn when
 * it scrolls near and let go when it is far off, so a long scan never holds every page at once;
 * closing the dialog ends the document and its worker.
 */
export function PdfScan({ base64, title }: { base64: string; title: string }) {
  const [opened, setOpened] = useState<Opened>({ state: 'opening' });
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
  const [missedImages, setMissedImages] = useState(false);

  useEffect(() => {
    const task = openPdfScan(base64);
    let current = true;
    task.promise
      .then(async (pdf) => {
        // Every page is sized like the first until it is drawn: scans are nearly always one size.
        const first = (await pdf.getPage(1)).getViewport({ scale: 1 });
        if (current) setOpened({ state: 'open', pdf, aspect: first.width / first.height });
      })
      .catch((error: unknown) => {
        if (current) setOpened({ state: 'failed', message: failureMessage(error) });
      });
    return () => {
      current = false;
      void task.destroy();
    };
  }, [base64]);

  if (opened.state === 'failed') return <Alert tone="error">{opened.message}</Alert>;
  if (opened.state === 'opening') return <p className="muted">Opening the scan…</p>;
  const pageCount = opened.pdf.numPages;
  return (
    <>
      {missedImages && (
        <Alert tone="warning">
          Part of this scan is stored in an image format the app cannot draw (JBIG2 or JPEG 2000), so a page
          may look incomplete here. The file itself is kept whole in the vault.
        </Alert>
      )}
      <div
        ref={setScroller}
        className="scan-pages"
        role="region"
        aria-label={`Pages of the scan (${pageCount})`}
        tabIndex={0}
      >
        {scroller &&
          Array.from({ length: pageCount }, (_, index) => (
            <PdfScanPage
              key={index}
              pdf={opened.pdf}
              pageNumber={index + 1}
              pageCount={pageCount}
              aspect={opened.aspect}
              title={title}
              scroller={scroller}
              onMissedImages={setMissedImages}
            />
          ))}
      </div>
    </>
  );
}
