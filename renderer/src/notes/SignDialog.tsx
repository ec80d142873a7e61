import type { NoteContent } from '../../../shared/notes/note-contract';
import { NOTE_FORMATS } from '../../../shared/notes/note-formats';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { ModalDialog } from '../ui/ModalDialog';

/** Gaps worth a second look before the note is locked; none of them stops signing. */
function gaps(content: NoteContent): string[] {
  const found: string[] = [];
  const empty = NOTE_FORMATS[content.format]
    .filter((s) => !(content.body[s.key] ?? '').trim())
    .map((s) => s.title);
  if (empty.length) found.push(`Empty: ${empty.join(', ')}.`);
  if (!content.startTime || !content.endTime) found.push('The session’s start or end time is missing.');
  const open = content.checklist.filter((a) => a.answer === null).length;
  if (open) found.push(`${open} checklist ${open === 1 ? 'item is' : 'items are'} unanswered.`);
  return found;
}

interface SignDialogProps {
  isOpen: boolean;
  content: NoteContent;
  isSigning: boolean;
  error: string | null;
  onSign: () => void;
  onClose: () => void;
}

/** Says plainly what signing does before it is done: it cannot be undone. */
export function SignDialog({ isOpen, content, isSigning, error, onSign, onClose }: SignDialogProps) {
  const ratings = content.format === 'GIRP' ? content.goalWork.filter((w) => w.level !== null).length : 0;
  const toCheck = gaps(content);
  return (
    <ModalDialog title="Sign and lock this note?" isOpen={isOpen} onClose={onClose} isBusy={isSigning}>
      <div className="stack--tight sign-dialog">
        <p>
          Once signed, the note is locked: it can no longer be edited, here or anywhere else. Corrections are
          added underneath as addenda, each signed and dated.
        </p>
        {ratings > 0 && (
          <p>
            The {ratings === 1 ? 'GAS rating' : `${ratings} GAS ratings`} in this note will join the goals’
            progress.
          </p>
        )}
        {toCheck.length > 0 && (
          <div className="sign-dialog__check">
            <p className="sign-dialog__check-title">Before you sign, you may want to look at:</p>
            <ul>
              {toCheck.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
        )}
        {error && <Alert tone="error">{error}</Alert>}
      </div>
      <div className="form-actions">
        <ActionButton
          variant="primary"
          icon="lock"
          onPress={onSign}
          isPending={isSigning}
          pendingLabel="Signing…"
        >
          Sign and lock
        </ActionButton>
        <ActionButton onPress={onClose} isDisabled={isSigning}>
          Keep editing
        </ActionButton>
      </div>
    </ModalDialog>
  );
}
