import { isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * The file under `root` that a URL's path names (as `new URL(...).pathname` gives it, still
 * percent-encoded), or null when it could name anything outside it. Used wherever a page's
 * requests are answered from a folder: the app's UI, the PDF printer's page, the e2e harness.
 *
 * Suspicious paths are refused rather than repaired, since the pages never ask for them: an
 * encoded slash or backslash, a backslash, a NUL, a `.` or `..` segment (encoded or not), a drive
 * letter, or an encoding that does not decode. What remains is joined under the root and checked
 * once more to lie inside it. Links are not followed: each root is a build output folder Rapport
 * writes itself, so a link there would come from someone who already controls the machine.
 * An empty path names `directoryIndex`, or nothing when none is given.
 */
export function fileUnderRoot(root: string, pathname: string, directoryIndex?: string): string | null {
  if (/%2f|%5c/i.test(pathname)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '.' || segment === '..' || /^[a-z]:$/i.test(segment))) {
    return null;
  }
  if (segments.length === 0) {
    if (!directoryIndex) return null;
    segments.push(directoryIndex);
  }
  const base = resolve(root);
  const file = resolve(base, ...segments);
  const inside = relative(base, file);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return null;
  return file;
}
