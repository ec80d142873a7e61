import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Every vault test does real scrypt and real SQLCipher I/O; two cores, so keep parallelism modest.
    testTimeout: 30_000,
    pool: 'forks',
  },
});
