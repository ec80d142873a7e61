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
