import type { ReactNode } from 'react';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';

interface PanelSaveFooterProps {
  /** "Save fee": what the button saves. */
  label: string;
  /** "Fee saved.": shown after the last save went through. */
  savedText: string;
  saved: boolean;
  busy: boolean;
  /** What the last save's failure says for the form as a whole, if anything. */
  error: string | null;
  /** Other actions before the save button ("Add a code"). */
  children?: ReactNode;
}

/** The end of a form on a panel that saves in place: how the last save went, then its buttons. */
export function PanelSaveFooter({ label, savedText, saved, busy, error, children }: PanelSaveFooterProps) {
  return (
    <>
      {saved && <Alert tone="success">{savedText}</Alert>}
      {error && <Alert tone="error">{error}</Alert>}
      <div className="form-actions">
        {children}
        <ActionButton type="submit" isPending={busy} pendingLabel="Saving…">
          {label}
        </ActionButton>
      </div>
    </>
  );
}
