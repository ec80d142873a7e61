import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STRONG } from './support/temp-vault';

/*
 * The passphrase prompt in a real terminal: util-linux `script` gives the command a pseudo-terminal
 * and copies everything that terminal shows, echo included, to its stdout. A passphrase that shows
 * up in that transcript was visible on screen.
 */

const ROOT = resolve(import.meta.dirname, '../..');
const RAPPORT = `'${process.execPath}' '${join(ROOT, 'bin', 'rapport.js')}'`;
const RECOVERY_KEY = /[A-Z2-7]{4}(-[A-Z2-7]{4}){13}/;
const ENTER = '\r';
const BACKSPACE = '\u007f';
const CTRL_C = '\u0003';

function hasUtilLinuxScript(): boolean {
  if (process.platform !== 'linux') return false;
  try {
    return execFileSync('script', ['--version'], { encoding: 'utf8' }).includes('util-linux');
  } catch {
    return false;
  }
}

let home: string;

beforeAll(() => {
  home = mkdtempSync(join(tmpdir(), 'rapport-prompt-test-'));
});

afterAll(() => {
  rmSync(home, { recursive: true, force: true });
});

/** Runs a shell command in a terminal, typing each answer once its prompt is on screen. */
function atTerminal(
  command: string,
  answers: [prompt: string, keys: string][],
  env: Record<string, string> = {},
): Promise<{ code: number | null; screen: string }> {
  return new Promise((done, fail) => {
    const child = spawn('script', ['--quiet', '--flush', '--return', '--command', command, '/dev/null'], {
      env: { PATH: process.env.PATH ?? '', HOME: home, SHELL: '/bin/sh', TERM: 'dumb', ...env },
    });
    let screen = '';
    let typed = 0;
    let searchFrom = 0;
    // Each answer waits for its own prompt after the previous one, so a repeated question is answered again.
    const typeWhenAsked = () => {
      const next = answers[typed];
      const at = next ? screen.indexOf(next[0], searchFrom) : -1;
      if (!next || at < 0) return;
      typed += 1;
      searchFrom = at + next[0].length;
      child.stdin.write(next[1]);
      typeWhenAsked();
    };
    child.stdout.on('data', (chunk: Buffer) => {
      screen += chunk.toString();
      typeWhenAsked();
    });
    typeWhenAsked();
    child.on('error', fail);
    child.on('close', (code) => done({ code, screen: screen.replace(/\r\n/g, '\n') }));
  });
}

describe.skipIf(!hasUtilLinuxScript())(
  'the passphrase prompt (skipped where util-linux script is missing)',
  () => {
    it('shows typing in this harness when a program leaves echo on, so the checks below can fail', async () => {
      const echoing = `'${process.execPath}' -e "process.stdin.once('data', () => process.exit(0))"`;
      const { screen } = await atTerminal(echoing, [['', `visible-typing${ENTER}`]]);
      expect(screen).toContain('visible-typing');
    });

    it('init asks twice without echo, honours backspace, and prints the recovery key', async () => {
      const dir = join(home, 'typed');
      const init = await atTerminal(`${RAPPORT} init --vault '${dir}'`, [
        ['New passphrase: ', `${STRONG}X${BACKSPACE}${ENTER}`],
        ['Type it again: ', `${STRONG}${ENTER}`],
      ]);
      expect(init.code).toBe(0);
      expect(init.screen).toMatch(RECOVERY_KEY);
      expect(init.screen).not.toContain('quiet');
      expect(init.screen).not.toContain('lantern');

      // The backspace removed the X: the vault opens with exactly STRONG, typed at the prompt.
      const info = await atTerminal(`${RAPPORT} info --vault '${dir}'`, [
        ['Passphrase: ', `${STRONG}${ENTER}`],
      ]);
      expect(info.code).toBe(0);
      expect(info.screen).toContain('vault id');
      expect(info.screen).not.toContain('lantern');
    });

    it('Ctrl+C cancels with exit code 130, creates nothing and gives the terminal its echo back', async () => {
      const dir = join(home, 'cancelled');
      const { screen } = await atTerminal(`${RAPPORT} init --vault '${dir}'; echo "exit=$?"; stty -a`, [
        ['New passphrase: ', `quiet-ot${CTRL_C}`],
      ]);
      expect(screen).toContain('rapport: Cancelled.\n');
      expect(screen).toContain('exit=130');
      expect(screen).toMatch(/(^|\s)echo(\s|$)/m);
      expect(screen).not.toMatch(/(^|\s)-echo(\s|$)/m);
      expect(existsSync(dir)).toBe(false);
    });

    it('refuses two different entries with exit code 8', async () => {
      const dir = join(home, 'mismatch');
      const { code, screen } = await atTerminal(`${RAPPORT} init --vault '${dir}'`, [
        ['New passphrase: ', `${STRONG}${ENTER}`],
        ['Type it again: ', `amber-walrus-meadow-93${ENTER}`],
      ]);
      expect(code).toBe(8);
      expect(screen).toContain('rapport: The two passphrases are not the same.');
      expect(existsSync(dir)).toBe(false);
    });

    it('says a weak passphrase is too weak before asking for it again', async () => {
      const dir = join(home, 'weak');
      const { code, screen } = await atTerminal(`${RAPPORT} init --vault '${dir}'`, [
        ['New passphrase: ', `password123${ENTER}`],
      ]);
      expect(code).toBe(8);
      expect(screen).toContain('rapport: That passphrase is too easy to guess.');
      expect(screen).not.toContain('Type it again');
      expect(screen).not.toContain('password123');
    });
  },
);
