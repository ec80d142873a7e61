import { lazy, Suspense } from 'react';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { ModalDialog } from '../ui/ModalDialog';
import { useConsentScan } from './consent-queries';
import './scan-dialog.css';

// pdf.js is loaded the first time a PDF scan is opened, not with the app.
const PdfScan = lazy(() => import('./PdfScan').then(({ PdfScan }) => ({ default: PdfScan })));

/**
 * The scan kept with a document signed on paper, shown from what the vault returns in memory and
 * never from a file: a picture (PNG or JPEG) from a data: URL, which the policy's img-src allows;
 * a PDF drawn by pdf.js onto canvases, since the browser's own PDF viewer loads resources of its
 * own that the window's request policy refuses.
 */
export function ScanDialog({
  documentId,
  title,
  onClose,
}: {
  documentId: string | null;
  title: string;
  onClose: () => void;
}) {
  return (
    <ModalDialog
      title="Scan of the signed paper"
      subtitle={title}
      width="wide"
      isOpen={documentId !== null}
      onClose={onClose}
    >
      {documentId && <Scan documentId={documentId} title={title} />}
      <div className="form-actions">
        <ActionButton variant="primary" onPress={onClose}>
          Close
        </ActionButton>
      </div>
    </ModalDialog>
  );
}

function Scan({ documentId, title }: { documentId: string; title: string }) {
  const scan = useConsentScan(documentId);
  if (scan.isError) return <Alert tone="error">{scan.error.message}</Alert>;
  if (!scan.data) return <p className="muted">Opening the scan…</p>;
  if (scan.data.type === 'application/pdf') {
    return (
      <Suspense fallback={<p className="muted">Opening the scan…</p>}>
        <PdfScan base64={scan.data.base64} title={title} />
      </Suspense>
    );
  }
  return (
    <img
      className="scan-view"
      src={`data:${scan.data.type};base64,${scan.data.base64}`}
      alt={`Scan of the signed paper: ${title}`}
    />
  );
}
