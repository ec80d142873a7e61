import { MAX_SCAN_BYTES, SCAN_TYPES, type ScanType } from '../../../shared/consent/consent-kinds';

function isScanType(type: string): type is ScanType {
  return (SCAN_TYPES as readonly string[]).includes(type);
}

/** A chosen scan as the sign channel takes it, or why it cannot be used. */
export async function readScan(file: File): Promise<{ type: ScanType; base64: string } | string> {
  if (!isScanType(file.type)) return 'Attach a PDF, PNG or JPEG scan.';
  if (file.size > MAX_SCAN_BYTES) return 'The scan must be smaller than 8 MB.';
  const bytes = new Uint8Array(await file.arrayBuffer());
  // In slices: one call with millions of arguments would overflow the stack.
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return { type: file.type, base64: btoa(binary) };
}
