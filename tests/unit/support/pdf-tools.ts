import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The PDF tools the tests check output with, from outside our own code: poppler (pdftotext,
 * pdfinfo) and qpdf. Each returns what the tool printed and its exit status.
 */
function run(command: string, args: readonly string[]): { status: number; stdout: string; stderr: string } {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.error) throw result.error;
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

export function pdfText(file: string, options: { password?: string; page?: number; layout?: boolean } = {}) {
  const args = [
    ...(options.layout ? ['-layout'] : []),
    ...(options.password ? ['-upw', options.password] : []),
    ...(options.page ? ['-f', String(options.page), '-l', String(options.page)] : []),
    file,
    '-',
  ];
  return run('pdftotext', args);
}

export function pdfInfo(file: string, password?: string): Record<string, string> {
  const { stdout } = run('pdfinfo', [...(password ? ['-upw', password] : []), file]);
  return Object.fromEntries(
    stdout
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1]!.trim(), m[2]!.trim()]),
  );
}

export function qpdf(args: readonly string[]) {
  return run('qpdf', args);
}

/**
 * Text with whitespace and bidirectional formatting marks removed, in composed form: pdftotext puts
 * spaces inside Arabic words and wraps right-to-left runs in embedding marks (U+202B … U+202C).
 */
export function squash(text: string): string {
  return text.replace(/[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g, '').normalize('NFC');
}

/** Every encoding a string could sit in inside a file: UTF-8, UTF-16 in either byte order. */
export function encodings(text: string): Buffer[] {
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.from(le);
  be.swap16();
  return [Buffer.from(text, 'utf8'), le, be];
}

export function bytesContain(bytes: Buffer, text: string): boolean {
  return encodings(text).some((needle) => bytes.includes(needle));
}

/** Every file under a folder (following no links), for scanning what a process left behind. */
export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of entries) {
    const path = join(dir, name);
    let stat;
    try {
      stat = statSync(path, { throwIfNoEntry: false });
    } catch {
      continue;
    }
    if (!stat) continue;
    if (stat.isDirectory()) out.push(...filesUnder(path));
    else if (stat.isFile()) out.push(path);
  }
  return out;
}

export function fileContainsAny(path: string, texts: readonly string[]): string | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return null;
  }
  return texts.find((t) => bytesContain(bytes, t)) ?? null;
}
