import { spawnSync } from 'node:child_process';
import {
  lstatSync,
  mkdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
  existsSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandPlaces, type CommandPlaces } from '../../electron/core/features/shell-install/command-places';
import { installCommand, uninstallCommand } from '../../electron/core/features/shell-install/install-command';
import {
  describeInstall,
  describeUninstall,
} from '../../electron/core/features/shell-install/install-messages';
import { LAUNCHER_MARK, posixLauncher } from '../../electron/core/features/shell-install/launcher-files';
import {
  linkCommand,
  osascriptAsAdmin,
  unlinkCommand,
} from '../../electron/core/features/shell-install/macos-admin';
import { tempDir } from './support/temp-vault';

const mode = (path: string) => statSync(path).mode & 0o777;
const FOREIGN = '#!/bin/sh\necho "a rapport of someone else"\n';

function linuxPlaces(env: NodeJS.ProcessEnv = {}) {
  const home = tempDir();
  const places = commandPlaces({
    platform: 'linux',
    env,
    home,
    userData: join(home, '.config', 'Rapport'),
    execPath: '/opt/Rapport/rapport',
  })!;
  return { home, places: places as Extract<CommandPlaces, { platform: 'linux' }> };
}

describe('Linux: ~/.local/bin/rapport', () => {
  it('runs the AppImage file itself, not its mount, and the executable otherwise', () => {
    const appImage = linuxPlaces({ APPIMAGE: '/home/ana/Apps/Rapport-0.1.0.AppImage' });
    expect(appImage.places.script).toBe(join(appImage.home, '.local', 'bin', 'rapport'));
    expect(appImage.places.executable).toBe('/home/ana/Apps/Rapport-0.1.0.AppImage');
    expect(linuxPlaces().places.executable).toBe('/opt/Rapport/rapport');
  });

  it('writes an executable script, 0755, that runs the app as the command line, and says whether the folder is on PATH', async () => {
    const { home, places } = linuxPlaces();
    const report = await installCommand(places, { PATH: '/usr/bin:/bin' });
    expect(report).toEqual({ outcome: 'installed', path: places.script, onPath: false });
    expect(readFileSync(places.script, 'utf8')).toBe(
      `#!/bin/sh\n# ${LAUNCHER_MARK}\nexec '/opt/Rapport/rapport' --cli -- "$@"\n`,
    );
    expect(mode(places.script)).toBe(0o755);
    const again = await installCommand(places, { PATH: `/usr/bin:${home}/.local/bin/` });
    expect(again).toEqual({ outcome: 'unchanged', path: places.script, onPath: true });
  });

  it('rewrites its own script when the app has moved', async () => {
    const { places } = linuxPlaces();
    await installCommand(places, {});
    const moved = { ...places, executable: '/home/ana/Apps/Rapport.AppImage' };
    expect((await installCommand(moved, {})).outcome).toBe('updated');
    expect(readFileSync(places.script, 'utf8')).toBe(posixLauncher('/home/ana/Apps/Rapport.AppImage'));
    expect(mode(places.script)).toBe(0o755);
  });

  it('refuses to replace or remove a rapport it did not write, file or link', async () => {
    const { home, places } = linuxPlaces();
    mkdirSync(join(home, '.local', 'bin'), { recursive: true });
    writeFileSync(places.script, FOREIGN, { mode: 0o755 });
    const report = await installCommand(places, {});
    expect(report.outcome).toBe('refused');
    expect(report.outcome === 'refused' && report.reason).toMatch(/not Rapport's/);
    expect((await uninstallCommand(places))[0]!.outcome).toBe('refused');
    expect(readFileSync(places.script, 'utf8')).toBe(FOREIGN);

    const other = linuxPlaces();
    mkdirSync(join(other.home, '.local', 'bin'), { recursive: true });
    const elsewhere = join(other.home, 'their-rapport');
    writeFileSync(elsewhere, FOREIGN);
    symlinkSync(elsewhere, other.places.script);
    expect((await installCommand(other.places, {})).outcome).toBe('refused');
    expect(readlinkSync(other.places.script)).toBe(elsewhere);
  });

  it('uninstalls its own script, and then has nothing to remove', async () => {
    const { places } = linuxPlaces();
    await installCommand(places, {});
    expect(await uninstallCommand(places)).toEqual([{ outcome: 'removed', path: places.script }]);
    expect(existsSync(places.script)).toBe(false);
    expect(await uninstallCommand(places)).toEqual([{ outcome: 'absent', path: places.script }]);
  });

  it('the script passes every word through, spaces and quotes kept, and the exit code back', async () => {
    // Real programs stand where the app's executable would: echo shows the words it was given,
    // false exits with 1. The folder's name has a space and a quote, as a home folder may.
    const { home, places } = linuxPlaces();
    const folder = join(home, "Ana's Apps");
    mkdirSync(folder);
    symlinkSync('/bin/echo', join(folder, 'echo'));
    await installCommand({ ...places, executable: join(folder, 'echo') }, {});
    const run = spawnSync(places.script, ['export-pdf', '--out', 'my summary.pdf'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('--cli -- export-pdf --out my summary.pdf\n');

    await installCommand({ ...places, executable: '/bin/false' }, {});
    expect(spawnSync(places.script, ['verify']).status).toBe(1);
  });
});

function macPlaces() {
  const root = tempDir();
  const places = commandPlaces({
    platform: 'darwin',
    env: {},
    home: join(root, 'Users', 'ana'),
    userData: join(root, 'Users', 'ana', 'Library', 'Application Support', 'Rapport'),
    execPath: '/Applications/Rapport.app/Contents/MacOS/Rapport',
    systemBin: join(root, 'usr', 'local', 'bin'),
  }) as Extract<CommandPlaces, { platform: 'darwin' }>;
  return { root, places };
}

describe('macOS: a link in /usr/local/bin to a script with the app data', () => {
  it('writes the script (0755) and links /usr/local/bin/rapport to it', async () => {
    const { root, places } = macPlaces();
    expect(places.script).toBe(join(root, 'Users/ana/Library/Application Support/Rapport/bin/rapport'));
    const [systemLink, userLink] = places.links;
    expect(userLink).toBe(join(root, 'Users/ana/.local/bin/rapport'));
    const report = await installCommand(places, { PATH: `/usr/bin:${join(root, 'usr/local/bin')}` });
    expect(report).toEqual({ outcome: 'installed', path: systemLink, onPath: true });
    expect(lstatSync(systemLink!).isSymbolicLink()).toBe(true);
    expect(readlinkSync(systemLink!)).toBe(places.script);
    expect(readFileSync(places.script, 'utf8')).toBe(
      posixLauncher('/Applications/Rapport.app/Contents/MacOS/Rapport'),
    );
    expect(mode(places.script)).toBe(0o755);
    expect(existsSync(userLink!)).toBe(false);
  });

  it('installs again without change, and follows the app when it moves', async () => {
    const { places } = macPlaces();
    await installCommand(places, {});
    expect((await installCommand(places, {})).outcome).toBe('unchanged');
    const moved = { ...places, executable: '/Users/ana/Applications/Rapport.app/Contents/MacOS/Rapport' };
    expect((await installCommand(moved, {})).outcome).toBe('updated');
    expect(readFileSync(places.script, 'utf8')).toContain("exec '/Users/ana/Applications/Rapport.app/");
  });

  it('takes over a link of its own that points elsewhere, and refuses anyone else’s', async () => {
    const { root, places } = macPlaces();
    const [systemLink] = places.links;
    const oldScript = join(root, 'old', 'rapport');
    mkdirSync(join(root, 'old'));
    writeFileSync(oldScript, posixLauncher('/Volumes/Rapport/Rapport.app/Contents/MacOS/Rapport'));
    mkdirSync(join(root, 'usr', 'local', 'bin'), { recursive: true });
    symlinkSync(oldScript, systemLink!);
    expect((await installCommand(places, {})).outcome).toBe('updated');
    expect(readlinkSync(systemLink!)).toBe(places.script);

    const other = macPlaces();
    mkdirSync(join(other.root, 'usr', 'local', 'bin'), { recursive: true });
    writeFileSync(other.places.links[0]!, FOREIGN);
    expect((await installCommand(other.places, {})).outcome).toBe('refused');
    expect(readFileSync(other.places.links[0]!, 'utf8')).toBe(FOREIGN);
  });

  it('uninstalls the link and the script, leaving a foreign rapport alone', async () => {
    const { places } = macPlaces();
    await installCommand(places, {});
    const removed = await uninstallCommand(places);
    expect(removed.map((r) => r.outcome)).toEqual(['removed', 'absent', 'removed']);
    expect(existsSync(places.links[0]!)).toBe(false);
    expect(existsSync(places.script)).toBe(false);
  });

  it('asks for an administrator only through one quoted ln or rm', () => {
    const link = '/usr/local/bin/rapport';
    const target = `/Users/o'neil/Library/Application Support/Rapport/bin/rapport`;
    expect(linkCommand(link, target)).toBe(
      `mkdir -p '/usr/local/bin' && ln -sfn '/Users/o'\\''neil/Library/Application Support/Rapport/bin/rapport' '/usr/local/bin/rapport'`,
    );
    expect(unlinkCommand(link)).toBe(`rm -f '/usr/local/bin/rapport'`);
    expect(osascriptAsAdmin('echo "a\\b"')).toEqual([
      '-e',
      'do shell script "echo \\"a\\\\b\\"" with administrator privileges',
    ]);
    // The command as macOS's shell would run it: the link made where asked, to the right file.
    const root = tempDir();
    const real = join(root, "o'neil dir", 'rapport');
    mkdirSync(join(root, "o'neil dir"));
    writeFileSync(real, posixLauncher('/x'));
    const made = join(root, 'new bin', 'rapport');
    expect(spawnSync('/bin/sh', ['-c', linkCommand(made, real)]).status).toBe(0);
    expect(readlinkSync(made)).toBe(real);
    expect(spawnSync('/bin/sh', ['-c', unlinkCommand(made)]).status).toBe(0);
    expect(existsSync(made)).toBe(false);
  });
});

describe('what the menu item says', () => {
  it('names the file, and how to reach it when its folder is not on PATH', () => {
    const path = '/home/ana/.local/bin/rapport';
    const off = describeInstall({ outcome: 'installed', path, onPath: false }, 'linux');
    expect(off.type).toBe('info');
    expect(off.detail).toContain(path);
    expect(off.detail).toContain('export PATH="/home/ana/.local/bin:$PATH"');
    const on = describeInstall({ outcome: 'unchanged', path, onPath: true }, 'linux');
    expect(on.message).toBe("The 'rapport' command was already installed.");
    expect(on.detail).toContain('run "rapport --help"');
    expect(on.detail).not.toContain('export PATH');
    const refused = describeInstall({ outcome: 'refused', path, reason: 'not ours', onPath: true }, 'linux');
    expect(refused).toEqual({
      type: 'warning',
      message: expect.stringMatching(/did not install/),
      detail: 'not ours',
    });
  });

  it('says what was removed and what was left', () => {
    expect(describeUninstall([{ outcome: 'absent', path: '/x' }]).message).toMatch(/was not installed/);
    const mixed = describeUninstall([
      { outcome: 'refused', path: '/usr/local/bin/rapport', reason: 'not ours' },
      { outcome: 'removed', path: '/s/rapport' },
    ]);
    expect(mixed.type).toBe('warning');
    expect(mixed.detail).toBe('not ours\n\nRemoved /s/rapport.');
  });
});
