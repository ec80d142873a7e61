import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests',
  testMatch: ['e2e/**/*.spec.ts', 'electron/**/*.spec.ts'],
  // tsconfig.node.json maps better-sqlite3-multiple-ciphers to its .d.ts for tsc; Playwright's loader
  // would follow that mapping at run time, so tests load with a tsconfig that has no paths.
  tsconfig: './tests/e2e/tsconfig.playwright.json',
  // Two cores: one Chromium per core. Every test has its own vault, so tests never share state and
  // the tests of one file may run on both workers (a long file then does not end the run alone).
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // On a busy two-core machine a step can take ten times what it takes on a quiet one. Waits are
  // for conditions, never for time, so these limits only decide how long a failing test takes to
  // say so: every expectation waits up to 30 s, every action up to a minute (harness.ts), a test
  // up to 15 minutes.
  timeout: 900_000,
  expect: { timeout: 30_000 },
  reporter: [['list']],
  outputDir: 'test-results',
});
