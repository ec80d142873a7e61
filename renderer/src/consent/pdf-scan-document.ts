import {
  getDocument,
  GlobalWorkerOptions,
  VerbosityLevel,
  type PDFDocumentLoadingTask,
  type PDFPageProxy,
} from 'pdfjs-dist';
// Emitted as a file of the built UI, so the worker loads from the app's own origin as the
// policy's script-src 'self' requires (a blob: or data: worker would be refused).
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

GlobalWorkerOptions.workerSrc = workerUrl;

function bytesOf(base64: string): Uint8Array {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/**
 * Opens a scanned PDF from the bytes the vault returned, in a worker of its own that `destroy()`
 * ends. The file is untrusted: nothing is compiled from its content (no eval for its functions,
 * no WebAssembly, which the policy refuses anyway), nothing is fetched (no URL, no range or
 * stream loading, no font or colour-map files), and forms are never built.
 */
export function openPdfScan(base64: string): PDFDocumentLoadingTask {
  return getDocument({
    data: bytesOf(base64),
    isEvalSupported: false,
    useWasm: false,
    enableXfa: false,
    disableRange: true,
    disableStream: true,
    disableAutoFetch: true,
    useWorkerFetch: false,
    verbosity: VerbosityLevel.ERRORS,
  });
}

/** Image objects pdf.js could not decode are kept as null; they are simply left off the page. */
const IMAGE_ID = /(^|_)(img|mask)_/;

/**
 * Whether a page just drawn left out an image it could not decode: without WebAssembly, pdf.js
 * has no decoder for JBIG2 and JPEG 2000, formats some scanners use.
 */
export function missedImages(page: PDFPageProxy): boolean {
  for (const objects of [page.objs, page.commonObjs]) {
    for (const [id, data] of objects) if (data === null && IMAGE_ID.test(id)) return true;
  }
  return false;
}
