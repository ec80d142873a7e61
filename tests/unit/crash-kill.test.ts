import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { newEnquiry } from '../../shared/clients/client-contract';
import { ClientsService } from '../../electron/core/features/clients/clients-service';
import { parseRecoveryKey } from '../../electron/core/vault/recovery-key';
import { unlockVault } from '../../electron/core/vault/vault';
import { verifyVault } from '../../electron/core/vault/verify';
import { VaultSession } from '../../electron/core/session/vault-session';
import { bundleChild } from './support/bundle-child';
import { noExpectations, record, shortfalls, Writer } from './support/crash-writer';
import { STRONG, TEST_KDF, tempDir } from './support/temp-vault';

/**
 * Crash safety: a child process writes notes and intakes through the app's own services and
 * reports each write only after it committed; it is killed with SIGKILL at a random moment, and
 * then the vault must open, pass the integrity check and hold every write that was reported.
 * CI runs 200 kills; a longer run: CRASH_ITERATIONS=5000 npx vitest run tests/unit/crash-kill.test.ts
 */
const ITERATIONS = Number(process.env.CRASH_ITERATIONS ?? 200);
let writerBundle = '';

beforeAll(() => {
  writerBundle = bundleChild('tests/crash/note-writer.ts');
});

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

      const expected = noExpectations();
      let writes = 0;
      let duringUnlock = 0;
      // The next writers start (and load their code) while the current one runs and is checked.
      const waiting = [Writer.start(writerBundle, dir), Writer.start(writerBundle, dir)];
      for (let i = 0; i < ITERATIONS; i++) {
        const writer = waiting.shift()!;
        waiting.push(Writer.start(writerBundle, dir));
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
        expect(shortfalls(dir, key, expected)).toEqual([]);
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
