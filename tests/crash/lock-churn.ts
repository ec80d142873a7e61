/**
 * A child of tests/unit/crash-second-instance.test.ts: takes and lets go of the vault folder's lock
 * as fast as it can, so that a SIGKILL from the parent lands at every step of taking it. It prints
 * "up" once it has started; it stops with exit code 3 if the lock is ever refused.
 */
import { InstanceLock } from '../../electron/core/vault/instance-lock';

const [dir] = process.argv.slice(2);
if (!dir) {
  process.stderr.write('usage: lock-churn <vault folder>\n');
  process.exit(2);
}
process.stdout.write('up\n');
for (;;) {
  try {
    InstanceLock.acquire(dir).release();
  } catch (error) {
    process.stderr.write(`${String(error)}\n`);
    process.exit(3);
  }
}
