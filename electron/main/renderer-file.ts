import { fileUnderRoot } from '../core/base/path-containment';
import { isAppUrl } from './app-origin';

/**
 * Maps an `app://rapport/...` URL to a file inside the built UI folder, or null when it names
 * anything else (see fileUnderRoot for what is refused).
 */
export function resolveRendererFile(root: string, url: string): string | null {
  if (!isAppUrl(url)) return null;
  let pathname: string;
  try {
    pathname = new URL(url).pathname;
  } catch {
    return null;
  }
  return fileUnderRoot(root, pathname, 'index.html');
}
