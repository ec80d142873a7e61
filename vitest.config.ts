import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Every vault test does real scrypt and real SQLCipher I/O; two cores, so keep parallelism modest.
    // On a busy two-core machine a test can take ten times what it takes on a quiet one; nothing
    // waits for time, so these limits only decide how long a test that hangs takes to fail.
    testTimeout: 600_000,
    hookTimeout: 600_000,
    pool: 'forks',
    setupFiles: ['tests/unit/support/british-dates.ts'],
  },
});
