import { basename } from 'node:path';
import { AppError } from '../../base/app-error';
import { writeFileWhole } from '../../base/durable-write';

/**
 * Writes the finished PDF to the one place the clinician chose (replacing a file there, as the
 * save dialog asked). It goes under a partial name that says nothing of the client first and is
 * renamed into place when whole, so a full disk or a crash never leaves a half-written PDF, and a
 * failure leaves nothing at all. Readable by the owner only.
 */
export function writePdfFile(path: string, bytes: Uint8Array): void {
  writeFileWhole(path, (write) => write(bytes), { replace: true });
}

/** A batch into a folder asked no one about replacing: a file already there stops this one PDF. */
export function writeNewPdfFile(path: string, bytes: Uint8Array): void {
  try {
    writeFileWhole(path, (write) => write(bytes), { replace: false });
  } catch (error) {
    if ((error as { code?: string }).code === 'EEXIST') {
      throw new AppError('CONFLICT', `${basename(path)} is already in that folder: nothing was replaced.`);
    }
    throw error;
  }
}
