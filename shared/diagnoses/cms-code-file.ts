/**
 * Reads the ICD-10-CM text files CMS and CDC/NCHS publish each year in "Code Descriptions in
 * Tabular Order". Two fixed-width layouts, both documented by CMS:
 *
 * - the order file, icd10cm_order_<year>.txt: columns 1–5 an order number, 7–13 the code (no dot,
 *   padded with spaces), 15 "1" for a code valid for submission or "0" for a header, 17–76 the short
 *   title, 78 onward the long title;
 * - the code file, icd10cm_codes_<year>.txt: columns 1–7 the code, 9 onward the long title (valid
 *   codes only).
 *
 * Only valid (billable) codes are kept, with their long titles: the titles a clinician and an
 * insurer read.
 */
export interface CodeTitle {
  /** With its dot, as written on a claim: "F32.1". */
  code: string;
  title: string;
}

const ORDER_LINE = /^\d{5} /;

export function dotted(code: string): string {
  return code.length > 3 ? `${code.slice(0, 3)}.${code.slice(3)}` : code;
}

function parseLine(line: string): CodeTitle | null {
  if (line.trim() === '') return null;
  if (ORDER_LINE.test(line)) {
    const code = line.slice(6, 13).trim();
    const valid = line.slice(14, 15);
    if (valid !== '1' && valid !== '0') throw new Error(`Not an order-file line: ${line.slice(0, 20)}`);
    if (valid === '0') return null;
    return { code: dotted(code), title: line.slice(77).trim() };
  }
  const code = line.slice(0, 7).trim();
  if (!/^[A-Z][0-9][0-9A-Z]{1,5}$/.test(code) || line.charAt(7) !== ' ') {
    throw new Error(`Not a code-file line: ${line.slice(0, 20)}`);
  }
  return { code: dotted(code), title: line.slice(8).trim() };
}

export function parseCmsCodeFile(text: string): CodeTitle[] {
  return text
    .split(/\r?\n/)
    .map(parseLine)
    .filter((row): row is CodeTitle => row !== null);
}

/** Chapter 5 (mental, behavioural and neurodevelopmental disorders) and the psychosocial Z codes. */
const RANGES: readonly (readonly [string, string])[] = [
  ['F01', 'F99'],
  ['Z55', 'Z65'],
  ['Z69', 'Z76'],
];

export function inBundledRanges(code: string): boolean {
  const category = code.slice(0, 3);
  return RANGES.some(([from, to]) => category >= from && category <= to);
}
