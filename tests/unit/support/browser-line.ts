import { expect } from 'vitest';

/** The line a printing command starts its standard error with: the browser it found, and where. */
export const BROWSER_LINE = /^Printing with [^\n]+ \([^\n]+\)\.\n/;

/** A printing command's standard error after that line, which must be there. */
export function afterBrowserLine(stderr: string): string {
  expect(stderr).toMatch(BROWSER_LINE);
  return stderr.replace(BROWSER_LINE, '');
}
