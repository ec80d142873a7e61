import path, { type PlatformPath } from 'node:path';

/**
 * The file under `root` that a URL's path names (as `new URL(...).pathname` gives it, still
 * percent-encoded), or null when it could name anything outside it. Used wherever a page's
 * requests are answered from a folder: the app's UI, the PDF printer's page, the e2e harness.
 *
 * Suspicious paths are refused rather than repaired, since the pages never ask for them: an
 * encoded slash or backslash, a backslash, a NUL, a `.` or `..` segment (encoded or not), a drive
 * letter or any other colon (an NTFS stream), a name Windows gives a device (CON, NUL, COM1…, with
 * any extension), a name ending in a dot or a space (Windows drops them, so the file opened would
 * not be the one checked), or an encoding that does not decode. What remains is joined under the
 * root and checked once more to lie inside it. `paths` is the path rules of the system the root is
 * on: Windows's accept a root with a drive letter, a UNC share (\\server\share\…) or the \\?\
 * prefix of a long path, and compare without regard to case. Links are not followed: each root is a build output folder Rapport
 * writes itself, so a link there would come from someone who already controls the machine.
 * An empty path names `directoryIndex`, or nothing when none is given.
 */
export function fileUnderRoot(
  root: string,
  pathname: string,
  directoryIndex?: string,
  paths: PlatformPath = path,
): string | null {
  if (/%2f|%5c/i.test(pathname)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some(isRefusedName)) return null;
  if (segments.length === 0) {
    if (!directoryIndex) return null;
    segments.push(directoryIndex);
  }
  const base = paths.resolve(root);
  const file = paths.resolve(base, ...segments);
  const inside = paths.relative(base, file);
  if (inside === '' || inside === '..' || inside.startsWith(`..${paths.sep}`) || paths.isAbsolute(inside)) {
    return null;
  }
  return file;
}

const WINDOWS_DEVICE = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

function isRefusedName(segment: string): boolean {
  return (
    segment === '.' ||
    segment === '..' ||
    segment.includes(':') ||
    WINDOWS_DEVICE.test(segment) ||
    /[. ]$/.test(segment)
  );
}
