import type { ReactNode } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import './goal-dialog.css';

interface GoalDialogProps {
  title: string;
  /** A line under the title: which goal or version this is about. */
  subtitle?: ReactNode;
  onClose: () => void;
  /** Dialogs with two columns (the two ratings) get more room. */
  width?: 'normal' | 'wide';
  children: ReactNode;
}

/**
 * A modal over the goals page. Escape closes it; a click outside does not, so a half-drawn
 * signature or a half-written reason is never lost to a stray click.
 */
export function GoalDialog({ title, subtitle, onClose, width = 'normal', children }: GoalDialogProps) {
  return (
    <ModalOverlay
      className="goal-dialog__overlay"
      isOpen
      isDismissable={false}
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
    >
      <Modal className={`goal-dialog goal-dialog--${width}`}>
        <Dialog className="goal-dialog__body">
          <header className="goal-dialog__header">
            <Heading slot="title" level={2}>
              {title}
            </Heading>
            {subtitle && <div className="goal-dialog__subtitle">{subtitle}</div>}
          </header>
          {children}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
