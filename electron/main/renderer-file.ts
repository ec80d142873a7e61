import { isAbsolute, relative, resolve, sep } from 'node:path';
import { isAppUrl } from './app-origin';

/**
 * Maps an `app://rapport/...` URL to a file inside the built UI folder, or null when it names
 * anything else. Suspicious requests are refused rather than repaired: the UI never asks for a
 * path with `..`, a backslash or an encoded slash, so only an attacker would.
 */
export function resolveRendererFile(root: string, url: string): string | null {
  if (!isAppUrl(url)) return null;
  let pathname: string;
  try {
    pathname = new URL(url).pathname;
  } catch {
    return null;
  }
  if (/%2f|%5c/i.test(pathname)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '.' || segment === '..' || /^[a-z]:$/i.test(segment)))
    return null;
  const file = resolve(root, ...(segments.length === 0 ? ['index.html'] : segments));
  const inside = relative(resolve(root), file);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) return null;
  return file;
}
