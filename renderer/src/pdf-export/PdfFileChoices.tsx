import type { Control, FieldValues } from 'react-hook-form';
import type { ExportResult, PaperSize } from '../../../shared/pdf/pdf-output';
import { ActionButton } from '../ui/ActionButton';
import { PaperChoice } from './PaperChoice';
import { PasswordChoice } from './PasswordChoice';
import type { PasswordFields } from './pdf-file-form';
import { SavePdfFooter } from './SavePdfFooter';

/**
 * How a print dialog ends: the paper, the password and how to hand it over, why nothing was saved
 * if nothing was, and the save button beside Cancel. Everything waits while the PDF is being made.
 */
export function PdfFileChoices<T extends FieldValues & PasswordFields & { paper: PaperSize }>({
  control,
  print,
  firstPaper,
  handOver,
  canSave = true,
  saveLabel,
  onCancel,
}: {
  control: Control<T>;
  /** The print under way or done (a mutation). */
  print: { isPending: boolean; data?: ExportResult; error: Error | null };
  firstPaper: PaperSize;
  /** How the password reaches the reader, since Rapport does not keep it. */
  handOver: string;
  canSave?: boolean;
  saveLabel: string;
  onCancel: () => void;
}) {
  const busy = print.isPending;
  return (
    <>
      <PaperChoice control={control} isDisabled={busy} first={firstPaper} />
      <PasswordChoice control={control} isReadOnly={busy} handOver={handOver} />
      <SavePdfFooter
        cancelled={print.data?.status === 'cancelled'}
        error={print.error}
        busy={busy}
        canSave={canSave}
        saveLabel={saveLabel}
      >
        <ActionButton variant="quiet" onPress={onCancel} isDisabled={busy}>
          Cancel
        </ActionButton>
      </SavePdfFooter>
    </>
  );
}
