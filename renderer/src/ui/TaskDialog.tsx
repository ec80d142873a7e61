import type { ReactNode } from 'react';
import { ModalDialog } from './ModalDialog';

interface TaskDialogProps<T> {
  title: string;
  subtitle?: ReactNode;
  width?: 'normal' | 'wide';
  /** What the dialog is about: it is open while there is one. */
  subject: T | null;
  /** The work it does (a mutation): while that runs it cannot be dismissed. */
  task: { isPending: boolean; reset: () => void };
  onClose: () => void;
  /** Mounted only while open, so each opening starts afresh; `close` is the way out once done. */
  children: (subject: T, close: () => void) => ReactNode;
}

/**
 * A dialog that does one piece of work about one thing: book this slot, change this appointment.
 * However it closes, it forgets how the work went, so the next opening shows no old error or
 * success.
 */
export function TaskDialog<T>({ subject, task, onClose, children, ...dialog }: TaskDialogProps<T>) {
  const close = () => {
    task.reset();
    onClose();
  };
  return (
    <ModalDialog {...dialog} isOpen={subject !== null} onClose={close} isBusy={task.isPending}>
      {subject !== null && children(subject, close)}
    </ModalDialog>
  );
}
