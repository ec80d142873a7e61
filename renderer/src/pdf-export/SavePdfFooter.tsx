import type { ReactNode } from 'react';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';

/**
 * The end of a PDF export form: why nothing was saved, if nothing was, and the button that makes the
 * PDF and opens the save dialog. `children` are any buttons beside it.
 */
export function SavePdfFooter({
  cancelled,
  error,
  busy,
  canSave,
  saveLabel,
  children,
}: {
  /** The save dialog was closed without a file chosen. */
  cancelled: boolean;
  error: Error | null;
  busy: boolean;
  canSave: boolean;
  saveLabel: string;
  children?: ReactNode;
}) {
  return (
    <>
      {cancelled && (
        <Alert tone="info">
          <p>Nothing was saved: the save dialog was closed.</p>
        </Alert>
      )}
      {error && (
        <Alert tone="error">
          <p>{error.message}</p>
          <p>No file was saved.</p>
        </Alert>
      )}
      <div className="form-actions">
        <ActionButton
          type="submit"
          variant="primary"
          icon="print"
          isPending={busy}
          pendingLabel="Making the PDF…"
          isDisabled={!canSave}
        >
          {saveLabel}
        </ActionButton>
        {children}
      </div>
    </>
  );
}
