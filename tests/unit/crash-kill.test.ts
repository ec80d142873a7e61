import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { newEnquiry } from '../../shared/clients/client-contract';
import { ClientsService } from '../../electron/core/features/clients/clients-service';
import { openEncrypted } from '../../electron/core/db/connection';
import { parseRecoveryKey } from '../../electron/core/vault/recovery-key';
import { unlockVault } from '../../electron/core/vault/vault';
import { vaultPaths } from '../../electron/core/vault/vault-files';
import { verifyVault } from '../../electron/core/vault/verify';
import { VaultSession } from '../../electron/core/session/vault-session';
import { bundleChild, childEnv, ROOT } from './support/bundle-child';
import { STRONG, TEST_KDF, tempDir } from './support/temp-vault';

/**
 * Crash safety: a child process writes notes and intakes through the app's own services and
 * reports each write only after it committed; it is killed with SIGKILL at a random moment, and
 * then the vault must open, pass the integrity check and hold every write that was reported.
 * CI runs 200 kills; a longer run: CRASH_ITERATIONS=5000 npx vitest run tests/unit/crash-kill.test.ts
 */
const ITERATIONS = Number(process.env.CRASH_ITERATIONS ?? 200);
const NODE = process.execPath;
let writerBundle = '';

beforeAll(() => {
  writerBundle = bundleChild('tests/crash/note-writer.ts');
});

interface Expectations {
  notes: Set<string>;
  saves: Map<string, string>;
  intake: number;
}

class Writer {
  private buffer = '';
  readonly lines: string[] = [];
  private readonly exited: Promise<void>;
  private waiting: { line: string; resolve: () => void } | null = null;

  constructor(private readonly child: ChildProcessWithoutNullStreams) {
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      this.buffer += chunk;
      const parts = this.buffer.split('\n');
      // Only whole lines count: a line cut short by the kill was never fully reported.
      this.buffer = parts.pop()!;
      for (const line of parts) {
        this.lines.push(line);
        if (this.waiting && line === this.waiting.line) this.waiting.resolve();
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

  static start(dir: string): Writer {
    return new Writer(
      spawn(NODE, [writerBundle, dir], {
        cwd: ROOT,
        env: childEnv({ RAPPORT_PASSPHRASE: STRONG }),
        stdio: ['pipe', 'pipe', 'pipe'],
      }),
    );
  }

  go(): void {
    this.child.stdin.write('go\n');
  }

  until(line: string): Promise<void> {
    if (this.lines.includes(line)) return Promise.resolve();
    return new Promise((resolve) => (this.waiting = { line, resolve }));
  }

  async kill(): Promise<void> {
    this.child.kill('SIGKILL');
    await this.exited;
  }
}

function record(lines: readonly string[], expected: Expectations): number {
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

/** Opens the vault as it was left, checks it, and compares it with everything ever reported. */
function check(dir: string, key: Buffer, expected: Expectations): void {
  const db = openEncrypted(vaultPaths(dir).database, key, { create: false });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const notes = new Map(
      (
        db.prepare('SELECT id, updated_at AS updatedAt FROM notes').all() as {
          id: string;
          updatedAt: string;
        }[]
      ).map((n) => [n.id, n.updatedAt]),
    );
    for (const id of expected.notes) expect(notes.has(id), `note ${id} was reported committed`).toBe(true);
    for (const [id, updatedAt] of expected.saves) {
      expect(notes.get(id)! >= updatedAt, `note ${id} holds its save of ${updatedAt}`).toBe(true);
    }
    const revision = (db.prepare('SELECT revision FROM intakes').pluck().get() as number | undefined) ?? 0;
    expect(revision).toBeGreaterThanOrEqual(expected.intake);
  } finally {
    db.close();
  }
}

describe('crash safety', () => {
  it(
    `keeps every reported write through ${ITERATIONS} kills with SIGKILL at random moments`,
    async () => {
      const dir = join(tempDir(), 'vault');
      const session = new VaultSession({ dir, kdf: TEST_KDF });
      const recoveryKey = await session.create(STRONG);
      new ClientsService(() => session.db()).createEnquiry(newEnquiry.parse({ chosenName: 'Crash Test' }));
      session.lock('quit');
      const key = parseRecoveryKey(recoveryKey);

      const expected: Expectations = { notes: new Set(), saves: new Map(), intake: 0 };
      let writes = 0;
      let duringUnlock = 0;
      // The next writers start (and load their code) while the current one runs and is checked.
      const waiting = [Writer.start(dir), Writer.start(dir)];
      for (let i = 0; i < ITERATIONS; i++) {
        const writer = waiting.shift()!;
        waiting.push(Writer.start(dir));
        writer.go();
        // One kill in eight lands while the child is still unlocking (its own audit entry, the
        // takeover of the dead predecessor's lock file); the rest while it writes.
        if (i % 8 === 7) {
          duringUnlock += 1;
          await new Promise((resolve) => setTimeout(resolve, Math.random() * 60));
        } else {
          await writer.until('ready');
          await new Promise((resolve) => setTimeout(resolve, Math.random() * 40));
        }
        await writer.kill();
        writes += record(writer.lines, expected);
        check(dir, key, expected);
      }
      for (const writer of waiting) await writer.kill();

      // The vault still opens the ordinary way and passes every check, the audit chain included.
      const opened = await unlockVault(dir, STRONG);
      const report = verifyVault(opened.db, { anchor: null });
      opened.db.close();
      expect(report.checks.filter((c) => !c.ok)).toEqual([]);
      expect(expected.notes.size).toBeGreaterThan(ITERATIONS / 2);
      expect(writes).toBeGreaterThan(ITERATIONS);
      expect(duringUnlock).toBeGreaterThan(0);
    },
    Math.max(180_000, ITERATIONS * 2_000),
  );
});
