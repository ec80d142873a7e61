import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests',
  testMatch: ['e2e/**/*.spec.ts', 'electron/**/*.spec.ts'],
  // tsconfig.node.json maps better-sqlite3-multiple-ciphers to its .d.ts for tsc; Playwright's loader
  // would follow that mapping at run time, so tests load with a tsconfig that has no paths.
  tsconfig: './tests/e2e/tsconfig.playwright.json',
  fullyParallel: false,
  // Two cores: one Chromium per core. Every test has its own vault, so tests never share state.
  workers: 2,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  outputDir: 'test-results',
});
