import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { openEncrypted } from '../../../electron/core/db/connection';
import { vaultPaths } from '../../../electron/core/vault/vault-files';
import { childEnv, ROOT } from './bundle-child';
import { STRONG } from './temp-vault';

/*
 * The parent's side of tests/crash/note-writer.ts: start it, wait for what it reports, kill it,
 * and compare the vault with every write it reported as committed.
 */

export interface Expectations {
  notes: Set<string>;
  saves: Map<string, string>;
  intake: number;
}

export function noExpectations(): Expectations {
  return { notes: new Set(), saves: new Map(), intake: 0 };
}

const WRITE = /^(note|save|intake) /;

export class Writer {
  private buffer = '';
  readonly lines: string[] = [];
  private readonly exited: Promise<void>;
  private waiting: { done: (line: string) => boolean; resolve: () => void } | null = null;

  constructor(private readonly child: ChildProcessWithoutNullStreams) {
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      this.buffer += chunk;
      const parts = this.buffer.split('\n');
      // Only whole lines count: a line cut short by the kill was never fully reported.
      this.buffer = parts.pop()!;
      for (const line of parts) {
        this.lines.push(line);
        if (this.waiting?.done(line)) this.waiting.resolve();
      }
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    this.exited = new Promise((resolve, reject) =>
      child.on('exit', (code, signal) => {
        if (signal === 'SIGKILL' || code === 0) resolve();
        else reject(new Error(`writer exited with ${code}: ${stderr}`));
      }),
    );
    // Surfaces a writer that stopped on its own (an error) while it was being waited for.
    this.exited.catch(() => this.waiting?.resolve());
  }

  /** Starts the bundled writer on a vault; it waits for `go()` before it unlocks. */
  static start(bundle: string, dir: string, env: Record<string, string> = {}): Writer {
    return new Writer(
      spawn(process.execPath, [bundle, dir], {
        cwd: ROOT,
        env: childEnv({ RAPPORT_PASSPHRASE: STRONG, ...env }),
        stdio: ['pipe', 'pipe', 'pipe'],
      }),
    );
  }

  go(): void {
    this.child.stdin.write('go\n');
  }

  until(line: string): Promise<void> {
    return this.untilLine((seen) => seen === line);
  }

  /** Until the writer has reported its first committed write. */
  untilCommitted(): Promise<void> {
    return this.untilLine((seen) => WRITE.test(seen));
  }

  async kill(): Promise<void> {
    this.child.kill('SIGKILL');
    await this.exited;
  }

  private untilLine(done: (line: string) => boolean): Promise<void> {
    if (this.lines.some(done)) return Promise.resolve();
    return new Promise((resolve) => (this.waiting = { done, resolve }));
  }
}

/** Adds what a writer reported to what the vault must hold; returns how many writes it reported. */
export function record(lines: readonly string[], expected: Expectations): number {
  let writes = 0;
  for (const line of lines) {
    const [kind, id, value] = line.split(' ');
    if (kind === 'note') expected.notes.add(id!);
    else if (kind === 'save') expected.saves.set(id!, value!);
    else if (kind === 'intake') expected.intake = Math.max(expected.intake, Number(value));
    else continue;
    writes += 1;
  }
  return writes;
}

/**
 * Opens the vault as it was left and lists, in words, every way it falls short of what was
 * reported: a failed integrity check, a missing note, an older save, an older intake.
 */
export function shortfalls(dir: string, key: Buffer, expected: Expectations): string[] {
  const db = openEncrypted(vaultPaths(dir).database, key, { create: false });
  try {
    const found: string[] = [];
    const integrity = String(db.pragma('integrity_check', { simple: true }));
    if (integrity !== 'ok') found.push(`integrity check: ${integrity}`);
    const notes = new Map(
      (
        db.prepare('SELECT id, updated_at AS updatedAt FROM notes').all() as {
          id: string;
          updatedAt: string;
        }[]
      ).map((n) => [n.id, n.updatedAt]),
    );
    for (const id of expected.notes) if (!notes.has(id)) found.push(`note ${id} is missing`);
    for (const [id, updatedAt] of expected.saves) {
      const held = notes.get(id);
      if (held !== undefined && held < updatedAt) found.push(`note ${id} lost its save of ${updatedAt}`);
    }
    const revision = (db.prepare('SELECT revision FROM intakes').pluck().get() as number | undefined) ?? 0;
    if (revision < expected.intake)
      found.push(`the intake is at revision ${revision}, not ${expected.intake}`);
    return found;
  } finally {
    db.close();
  }
}
