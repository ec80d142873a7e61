import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { newEnquiry } from '../../shared/clients/client-contract';
import { ClientsService } from '../../electron/core/features/clients/clients-service';
import { parseRecoveryKey } from '../../electron/core/vault/recovery-key';
import { VaultSession } from '../../electron/core/session/vault-session';
import { bundleChild } from './support/bundle-child';
import { noExpectations, record, shortfalls, Writer } from './support/crash-writer';
import { STRONG, TEST_KDF, tempDir } from './support/temp-vault';
import { buildShim, PowerCut } from './support/unsynced-writes/power-cut';

/**
 * Crash safety through a power cut, not only a kill: the child writing notes runs with the
 * unsynced-writes shim, and after each SIGKILL everything it had not synced is undone, as a disk
 * would lose it. Every write it reported as committed must still be there. The same run with the
 * child's SQLite told not to sync (synchronous = OFF) must lose reported writes, which proves the
 * layer sees what a kill alone cannot. Linux only (LD_PRELOAD); a longer run:
 * POWER_CUTS=200 npx vitest run tests/unit/crash-power-cut.test.ts
 */
const CUTS = Number(process.env.POWER_CUTS ?? 10);
let writerBundle = '';
let shim = '';

beforeAll(() => {
  writerBundle = bundleChild('tests/crash/note-writer.ts');
  shim = buildShim();
});

async function vaultWithClient(): Promise<{ dir: string; key: Buffer; power: PowerCut }> {
  const scratch = tempDir();
  const dir = join(scratch, 'vault');
  const session = new VaultSession({ dir, kdf: TEST_KDF });
  const recoveryKey = await session.create(STRONG);
  new ClientsService(() => session.db()).createEnquiry(newEnquiry.parse({ chosenName: 'Crash Test' }));
  session.lock('quit');
  mkdirSync(join(scratch, 'power'));
  return { dir, key: parseRecoveryKey(recoveryKey), power: new PowerCut(shim, dir, join(scratch, 'power')) };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.runIf(process.platform === 'linux')('crash safety through a power cut', () => {
  it(`keeps every reported write through ${CUTS} power cuts at random moments`, async () => {
    const { dir, key, power } = await vaultWithClient();
    const expected = noExpectations();
    let writes = 0;
    let writing = 0;
    let undone = 0;
    for (let i = 0; i < CUTS; i++) {
      const writer = Writer.start(writerBundle, dir, power.env());
      writer.go();
      // One cut in four lands while the child is still unlocking, one just after; the rest once
      // it has committed a write.
      if (i % 4 === 3) {
        await pause(Math.random() * 60);
      } else if (i % 4 === 2) {
        await writer.until('ready');
        await pause(Math.random() * 40);
      } else {
        writing += 1;
        await writer.untilCommitted();
        await pause(Math.random() * 40);
      }
      await writer.kill();
      undone += power.cut().undoneWrites;
      writes += record(writer.lines, expected);
      expect(shortfalls(dir, key, expected), `after power cut ${i + 1}`).toEqual([]);
    }
    expect(writes).toBeGreaterThanOrEqual(writing);
    // The cuts did undo something (a write in flight, SQLite's shared-memory index it never syncs).
    expect(undone).toBeGreaterThan(0);
  });

  it('notices lost writes when the child does not sync (synchronous = OFF)', async () => {
    const { dir, key, power } = await vaultWithClient();
    const expected = noExpectations();
    const found: string[] = [];
    for (let i = 0; i < CUTS && found.length === 0; i++) {
      const writer = Writer.start(writerBundle, dir, { ...power.env(), RAPPORT_TEST_SYNCHRONOUS: 'OFF' });
      writer.go();
      await writer.untilCommitted();
      await pause(Math.random() * 40);
      await writer.kill();
      power.cut();
      record(writer.lines, expected);
      found.push(...shortfalls(dir, key, expected));
    }
    expect(found.length, 'reported writes lost to the cut').toBeGreaterThan(0);
  });
});
