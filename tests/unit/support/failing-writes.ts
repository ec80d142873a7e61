import { realFileWrite, type WriteToFile } from '../../../electron/core/base/durable-write';

/** Counts the bytes the durable layer writes, passing them on: the size of a whole export. */
export function countingWrites(): { write: WriteToFile; bytes: () => number } {
  let bytes = 0;
  return {
    write: (fd, data) => {
      realFileWrite(fd, data);
      bytes += typeof data === 'string' ? Buffer.byteLength(data) : data.length;
    },
    bytes: () => bytes,
  };
}

/**
 * A disk that fills after `allowed` bytes: those reach the real file, then the write fails with
 * the error the OS gives for a full disk, as a real one does partway through a file.
 */
export function diskFullAfter(allowed: number): WriteToFile {
  let left = allowed;
  return (fd, data) => {
    const bytes = typeof data === 'string' ? Buffer.from(data) : data;
    const fits = bytes.subarray(0, Math.max(0, left));
    if (fits.length > 0) realFileWrite(fd, fits);
    left -= fits.length;
    if (fits.length < bytes.length) {
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), {
        code: 'ENOSPC',
        errno: -28,
        syscall: 'write',
      });
    }
  };
}
