import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { ModalDialog } from '../ui/ModalDialog';
import { useConsentScan } from './consent-queries';
import './scan-dialog.css';

/**
 * The picture (PNG or JPEG) kept with a document signed on paper, shown from a data: URL built in
 * memory from what the vault returns, never from a file; the policy's img-src already allows data:.
 * A PDF scan is not offered here: the browser's PDF viewer loads resources of its own, which the
 * window's request policy refuses.
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
  return (
    <img
      className="scan-view"
      src={`data:${scan.data.type};base64,${scan.data.base64}`}
      alt={`Scan of the signed paper: ${title}`}
    />
  );
}
