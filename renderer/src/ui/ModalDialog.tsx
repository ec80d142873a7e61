import type { ReactNode } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import './controls.css';
import './modal-dialog.css';

interface ModalDialogProps {
  title: string;
  /** A line under the title saying what the dialog is about. */
  subtitle?: ReactNode;
  isOpen: boolean;
  onClose: () => void;
  /** While work runs the dialog stays open: Escape and clicking outside do nothing. */
  isBusy?: boolean;
  width?: 'normal' | 'wide';
  children: ReactNode;
}

/**
 * A dialog over the page: focus moves into it and stays there, Escape or a click outside closes it,
 * and focus returns to what opened it.
 */
export function ModalDialog({
  title,
  subtitle,
  isOpen,
  onClose,
  isBusy = false,
  width = 'normal',
  children,
}: ModalDialogProps) {
  return (
    <ModalOverlay
      className="modal-overlay"
      isOpen={isOpen}
      onOpenChange={(open) => {
        if (!open && !isBusy) onClose();
      }}
      isDismissable={!isBusy}
      isKeyboardDismissDisabled={isBusy}
    >
      <Modal className={`modal modal--${width}`}>
        <Dialog className="modal__dialog">
          <header className="modal__header">
            <Heading slot="title">{title}</Heading>
            {subtitle && <div className="modal__subtitle">{subtitle}</div>}
          </header>
          {children}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
