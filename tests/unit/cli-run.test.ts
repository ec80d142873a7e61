import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/tools/cli/run-cli';
import { systemBrowserPrinting } from '../../electron/tools/cli/system-browser-printing';
import { STRONG, tempDir } from './support/temp-vault';

/** runCli in this process, over in-memory streams: for what needs no vault and no terminal. */
async function run(argv: string[], env: NodeJS.ProcessEnv = {}) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const read = (stream: PassThrough) => {
    let text = '';
    stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
    return () => text;
  };
  const out = read(stdout);
  const err = read(stderr);
  const home = tempDir();
  const code = await runCli(
    argv,
    {
      env: { HOME: home, XDG_CONFIG_HOME: join(home, 'config'), APPDATA: join(home, 'appdata'), ...env },
      stdin: new PassThrough(),
      stdout,
      stderr,
    },
    { printing: systemBrowserPrinting },
  );
  return { code, stdout: out(), stderr: err() };
}

describe('runCli', () => {
  it.each([
    [
      ['frobnicate'],
      /^rapport: Unknown command "frobnicate" \(the commands are init, info, verify, clients, seed-demo, export-pdf, export-superbill, backup, restore, export-json, import-json\)\./,
    ],
    [['info', '--frobnicate'], /^rapport: Unknown option '--frobnicate'\./],
    [['init', '--json'], /^rapport: Unknown option '--json'\./],
    [['verify', 'extra'], /^rapport: Unexpected argument 'extra'\./],
    [['info', '--vault'], /^rapport: Option '--vault <value>' argument missing\./],
    [['info', '--vault='], /^rapport: --vault needs a folder path\./],
  ])('refuses %j with exit code 2 and one line pointing to --help', async (argv, message) => {
    const result = await run(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/Run "rapport --help" for usage\.\n$/);
    expect(result.stderr.split('\n')).toHaveLength(2);
    expect(result.stdout).toBe('');
  });

  it('with no command prints the usage on stderr and exits 2', async () => {
    const result = await run([]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Usage: rapport <command>');
    expect(result.stdout).toBe('');
  });

  it.each([[['--help']], [['-h']], [['help']]])(
    '%j prints the usage with every command and exit code',
    async (argv) => {
      const result = await run(argv);
      expect(result.code).toBe(0);
      for (const name of ['init', 'info', 'verify', 'backup', 'restore', 'export-json', 'import-json'])
        expect(result.stdout).toMatch(new RegExp(`^ {2}${name} +\\S`, 'm'));
      for (const code of [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 130]) {
        expect(result.stdout).toMatch(new RegExp(`^ {2}${code} +\\S`, 'm'));
      }
    },
  );

  it.each([
    [['init', '--help'], 'Usage: rapport init [--vault DIR]\n'],
    [['info', '-h'], 'Usage: rapport info [--vault DIR] [--json]\n'],
    [['help', 'verify'], 'Usage: rapport verify [--vault DIR] [--json]\n'],
  ])('%j prints that command’s usage and the exit codes', async (argv, usage) => {
    const result = await run(argv);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith(usage)).toBe(true);
    expect(result.stdout).toContain('Exit codes:');
  });

  it('a path the file system refuses is exit code 9, named in one line', async () => {
    const file = join(tempDir(), 'a-file');
    writeFileSync(file, 'not a folder');
    const result = await run(['init', '--vault', join(file, 'vault')], { RAPPORT_PASSPHRASE: STRONG });
    expect(result.code).toBe(9);
    expect(result.stderr).toMatch(/^rapport: Could not read or write a file: ENOTDIR: [^\n]+\n$/);
    expect(result.stdout).toBe('');
  });
});
