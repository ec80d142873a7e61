import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import layers from './lint-rules/layers.js';
import noStringSql from './lint-rules/no-string-sql.js';

const electronOnlyInShell = {
  paths: [{ name: 'electron', message: 'Only electron/main and electron/preload may import electron.' }],
};

/**
 * The only SQL that reaches prepare/exec/pragma without being written out in full where it is
 * used (rule: lint-rules/no-string-sql.js), each with its reason: the file, and the exact source
 * text of the argument; nothing else in that file is exempt. The database key never passes through
 * these calls: electron/core/db/connection.ts hands it to db.key() as a hex buffer.
 */
const sqlNotWrittenOut = [
  {
    file: 'electron/core/db/migrate.ts',
    argument: 'migration.sql',
    why: 'Each migration is one SQL constant in electron/core/db/migrations/, where interpolation and + are refused (below).',
  },
  {
    file: 'electron/core/db/frozen-schema.ts',
    argument: 'migration.sql',
    why: 'Each migration is one SQL constant in electron/core/db/migrations/, where interpolation and + are refused (below).',
  },
  {
    file: 'electron/core/db/migrate.ts',
    argument: '`user_version = ${version}`',
    why: 'A pragma value cannot be bound; setSchemaVersion proves it a plain integer first.',
  },
  {
    file: 'electron/core/db/statement-cache.ts',
    argument: 'source',
    why: "The statement cache passes its callers' SQL through unchanged; the callers are checked.",
  },
  {
    file: 'electron/core/db/export.ts',
    argument: 'storedTriggerSql',
    why: 'Puts back, verbatim, the CREATE TRIGGER text SQLite stored, read from sqlite_schema a moment before.',
  },
  {
    file: 'tests/unit/support/page-limit.ts',
    argument: '`max_page_count = ${pages}`',
    why: 'Tests stand in a full disk with the page limit; a pragma value cannot be bound, and it is proven an integer first.',
  },
  {
    file: 'tests/unit/support/older-vault.ts',
    argument: '`DROP TABLE "${table}"`',
    why: 'Tests rebuild a vault they just made as an older version; each name is read from that vault’s sqlite_master.',
  },
  {
    file: 'tests/unit/custodian-open-without-rapport.test.ts',
    argument: 'line',
    why: 'The test types the statements the custodian package prints (shared/custodian/open-without-rapport.ts), as a reader would.',
  },
];

/**
 * The main side's layers, highest first: a file imports its own module and modules of lower layers,
 * nothing above it and no other module of its own layer (lint-rules/layers.js). `*` makes each
 * folder there a module of its own, so features cannot reach into each other. `shared/` sits below
 * all of them and is checked on its own (below).
 */
const mainSideLayers = [
  { name: 'app shell', modules: ['electron/main', 'electron/preload'] },
  // Below the shell: the installed app's executable runs the command line (`Rapport --cli …`).
  { name: 'command line', modules: ['electron/tools/cli'] },
  { name: 'demo data', modules: ['electron/tools/demo'] },
  { name: 'router', modules: ['electron/core/router'] },
  { name: 'features', modules: ['electron/core/features/*'] },
  { name: 'session', modules: ['electron/core/session'] },
  { name: 'vault', modules: ['electron/core/vault'] },
  { name: 'database', modules: ['electron/core/db'] },
  { name: 'base', modules: ['electron/core/base'] },
];

export default tseslint.config(
  { ignores: ['out/', 'dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { rapport: { rules: { 'no-string-sql': noStringSql, layers } } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', electronOnlyInShell],
      'rapport/no-string-sql': [
        'error',
        { allow: sqlNotWrittenOut, databaseLayer: { within: 'electron/', home: 'electron/core/db/' } },
      ],
      'rapport/layers': ['error', { layers: mainSideLayers }],
    },
  },
  {
    // A migration is one written-out SQL constant: nothing spliced or joined into it.
    files: ['electron/core/db/migrations/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'TemplateLiteral[expressions.length>0]',
          message: 'A migration is plain SQL: no interpolation.',
        },
        {
          selector: "BinaryExpression[operator='+']",
          message: 'A migration is plain SQL: no concatenation.',
        },
      ],
    },
  },
  {
    // The command line reaches the record the way the app does: through the services that
    // electron/core/router/services.ts builds, never the database layer beside them.
    files: ['electron/tools/cli/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...electronOnlyInShell,
          patterns: [
            {
              group: ['**/core/db', '**/core/db/**'],
              message:
                'The command line goes through the app’s door: use the services from core/router/services.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/main/**', 'electron/preload/**', 'tests/electron/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // The shell reaches the command line through its entry alone: it hands over the words after
    // --cli and the app's printer, and the commands stay the command line's business.
    files: ['electron/main/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/tools/cli/*',
                '!**/tools/cli/app-argv',
                '!**/tools/cli/cli-printing',
                '!**/tools/cli/run-in-process',
              ],
              message:
                'The shell runs the command line only through app-argv, cli-printing and run-in-process.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...electronOnlyInShell,
          patterns: [
            {
              group: ['**/electron/**', '**/renderer/**'],
              message: 'shared/ imports nothing of either side.',
            },
            { group: ['node:*'], message: 'shared/ runs in the renderer too: no Node built-ins.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': rendererImports(),
    },
  },
  {
    // ui/ holds the primitives every page shares, so it leans on nothing but itself and shared/.
    files: ['renderer/src/ui/**'],
    rules: {
      'no-restricted-imports': rendererImports({
        // Any step up out of ui/ (../), except the one to shared/ (../../../shared/).
        regex: '^\\.\\./(?!\\.\\./\\.\\./shared/)',
        message: 'ui/ imports only ui/ and shared/: move what it needs into ui/.',
      }),
    },
  },
  {
    // A feature offers its cards, tabs, pages and printed documents to the hosts (app, frame, home,
    // the client page, the print page), which compose them; it never reaches back into a host.
    files: ['renderer/src/**'],
    ignores: ['renderer/src/{app,frame,home,client-page,print,ui}/**', 'renderer/src/main.tsx'],
    rules: {
      'no-restricted-imports': rendererImports({
        group: ['**/app/**', '**/frame/**', '**/home/**', '**/client-page/**', '**/print/**'],
        message:
          'A feature does not import a host (app, frame, home, client-page, print): it offers its card or tab instead, and moves what it needs into ui/ or the feature.',
      }),
    },
  },
);

/**
 * The renderer's import rule, with any further patterns for part of it. A later
 * no-restricted-imports setting replaces an earlier one for the same files, so every renderer
 * block states the whole rule through this.
 */
function rendererImports(...patterns) {
  return [
    'error',
    {
      ...electronOnlyInShell,
      patterns: [
        {
          group: ['**/electron/**'],
          message: 'The renderer reaches the main side only through window.rapport.',
        },
        {
          group: ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto'],
          message: 'No Node in the renderer.',
        },
        ...patterns,
      ],
    },
  ];
}
