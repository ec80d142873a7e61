import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../../base/app-error';
import { SUMMARY_PAGE } from './summary-printer';

/** The built UI (`npx electron-vite build`), which holds summary.html, its script, styles and fonts. */
export const RENDERER_ROOT = fileURLToPath(new URL('../../out/renderer/', import.meta.url));

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
