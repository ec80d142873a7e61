import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../../base/app-error';
import { SUMMARY_PAGE } from './summary-printer';

const HERE = fileURLToPath(import.meta.url);

/**
 * The built UI (`npx electron-vite build`), which holds summary.html, its script, styles and fonts:
 * from source (tests, the command line through tsx) the project's out/renderer/; bundled (the app,
 * the benchmark), out/renderer/ two folders up from any bundle under out/.
 */
export const RENDERER_ROOT = HERE.endsWith('.ts')
  ? join(dirname(HERE), '../../../../out/renderer/')
  : join(dirname(HERE), '../../out/renderer/');

export function requireSummaryPage(root: string = RENDERER_ROOT): string {
  const page = join(root, SUMMARY_PAGE);
  if (!existsSync(page)) {
    throw new AppError(
      'INTERNAL',
      `The summary page has not been built (${page} is missing). Run "npx electron-vite build" first.`,
    );
  }
  return root;
}
